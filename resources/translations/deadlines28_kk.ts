<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Labels</name>
        <message>
            <source>Identity document expires</source>
            <translation>Жеке басты куәландыратын құжаттың мерзімі бітеді</translation>
        </message>
        <message>
            <source>Passport expires</source>
            <translation>Төлқұжаттың мерзімі бітеді</translation>
        </message>
        <message>
            <source>ID card expires</source>
            <translation>Жеке куәліктің мерзімі бітеді</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message numerus="yes">
            <source>Must leave by {0}: %n day(s) per entry apply until a temporary residence permit is recorded.</source>
            <translation>
                <numerusform>Елден шығудың соңғы күні: {0}. Уақытша тұруға рұқсат жазылғанша бір келгенде %n күн шегі қолданылады.</numerusform>
                <numerusform>Елден шығудың соңғы күні: {0}. Уақытша тұруға рұқсат жазылғанша бір келгенде %n күн шегі қолданылады.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must leave by {0}, when the residence permit ends.</source>
            <translation>Елден шығудың соңғы күні: {0} — тұруға рұқсаттың мерзімі бітетін күн.</translation>
        </message>
        <message>
            <source>Must leave by {0}, when the visa or permit the stay is based on ends.</source>
            <translation>Елден шығудың соңғы күні: {0} — елде болудың негізі болып табылатын виза немесе рұқсаттың мерзімі бітетін күн.</translation>
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <source>Planned trip?</source>
            <translation>Жоспарланған сапар ма?</translation>
        </message>
        <message>
            <source>The entry date, {0}, is after today.

Is this a trip the person plans? If so, it is saved as a planned trip, and no deadline counts until they enter. If not, correct the entry date.</source>
            <translation>Келген күні, {0}, бүгіннен кейінгі күн.

Бұл жоспарланған сапар ма? Егер солай болса, ол жоспарланған сапар ретінде сақталады, адам келгенше мерзімдер есептелмейді. Олай болмаса, келген күнін түзетіңіз.</translation>
        </message>
        <message>
            <source>is after today ({0}): enter the day the person entered Kazakhstan</source>
            <translation>бүгіннен кейінгі күн ({0}): адамның Қазақстанға келген күнін енгізіңіз</translation>
        </message>
    </context>
</TS>
