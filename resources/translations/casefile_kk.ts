<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CaseForm</name>
        <message>
            <source>(someone no longer in the list)</source>
            <translation>(тізімде енді жоқ қызметкер)</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>This is not a date. Write it as {0} or 31122024.</source>
            <translation>Бұл күн емес. Былай жазыңыз: {0} немесе 31122024.</translation>
        </message>
    </context>
    <context>
        <name>StayPlanner</name>
        <message numerus="yes">
            <source>The limit that binds: %n day(s) per entry.</source>
            <translation>
                <numerusform>Шектейтін ереже: бір келгенде %n күн.</numerusform>
                <numerusform>Шектейтін ереже: бір келгенде %n күн.</numerusform>
            </translation>
        </message>
        <message>
            <source>The limit that binds: 90 days per entry, because they register their place of stay within 30 days of entering (without registration: 30 days). Tell them to register in time.</source>
            <translation>Шектейтін ереже: бір келгенде 90 күн, егер адам келгеннен кейін 30 күн ішінде тұрған жерін тіркесе (тіркелмесе — 30 күн). Уақытында тіркелуді ескертіңіз.</translation>
        </message>
        <message>
            <source>The limit that binds: at most 90 days in any 180-day period.</source>
            <translation>Шектейтін ереже: кез келген 180 күн ішінде 90 күннен артық емес.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Visa expires</source>
            <translation>Визаның мерзімі бітеді</translation>
        </message>
        <message>
            <source>Temporary residence permit expires</source>
            <translation>Уақытша тұруға рұқсаттың мерзімі бітеді</translation>
        </message>
        <message>
            <source>Permanent residence permit expires</source>
            <translation>Тұрақты тұруға рұқсаттың мерзімі бітеді</translation>
        </message>
        <message>
            <source>Work permit expires</source>
            <translation>Жұмысқа рұқсаттың мерзімі бітеді</translation>
        </message>
        <message>
            <source>Patent expires</source>
            <translation>Патенттің мерзімі бітеді</translation>
        </message>
        <message>
            <source>Refugee certificate expires</source>
            <translation>Босқын куәлігінің мерзімі бітеді</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate expires</source>
            <translation>Пана іздеуші куәлігінің мерзімі бітеді</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>The sources give no date from which the rule applies: Qamqor applies it to every date.</source>
            <translation>Дереккөздерде ереженің қай күннен бастап қолданылатыны көрсетілмеген: Qamqor оны барлық күндерге қолданады.</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <source>Source:</source>
            <translation>Дереккөз:</translation>
        </message>
        <message>
            <source>How well it is verified:</source>
            <translation>Қаншалықты тексерілген:</translation>
        </message>
        <message>
            <source>Rule: {0}
In force: {1} – {2}

Source:
{3}</source>
            <translation>Ереже: {0}
Күшінде: {1} – {2}

Дереккөз:
{3}</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>Case number</source>
            <translation>Іс нөмірі</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Ашылған күні</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>Мерзім жоқ</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>overlaps the stay from {0} to {1}</source>
            <translation>{0} – {1} аралығындағы болумен қабаттасады</translation>
        </message>
        <message>
            <source>overlaps the stay from {0}, which has no exit: record its exit first</source>
            <translation>{0} бастап болумен қабаттасады, оның шығу күні жоқ: алдымен шығу күнін жазыңыз</translation>
        </message>
        <message>
            <source>is after the exit on {0}: the person was not in Kazakhstan that day</source>
            <translation>{0} шыққаннан кейін: ол күні адам Қазақстанда болмаған</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Planned trip</source>
            <translation>Жоспарланған сапар</translation>
        </message>
        <message>
            <source>Planned trip: entering {0} ({1})</source>
            <translation>Жоспарланған сапар: келуі {0} ({1})</translation>
        </message>
        <message>
            <source>leaving {0}</source>
            <translation>шығуы {0}</translation>
        </message>
        <message>
            <source>leaving {0} (planned)</source>
            <translation>шығуы {0} (жоспарланған)</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Archive note</source>
            <translation>Мұрағатқа</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Мұрағатқа</translation>
        </message>
        <message>
            <source>Archive the attachment chosen: it is no longer listed, and stays in the database</source>
            <translation>Таңдалған тіркемені мұрағатқа жіберу: ол енді көрсетілмейді, бірақ дерекқорда қалады</translation>
        </message>
        <message>
            <source>someone no longer in the list</source>
            <translation>тізімде енді жоқ қызметкер</translation>
        </message>
        <message>
            <source>Archive this note? It is no longer shown; the database and the case history keep it.</source>
            <translation>Жазбаны мұрағатқа жіберу керек пе? Ол енді көрсетілмейді; дерекқор мен іс тарихы оны сақтайды.</translation>
        </message>
        <message>
            <source>Archive this attachment? It is no longer listed; the database keeps it.</source>
            <translation>Тіркемені мұрағатқа жіберу керек пе? Ол енді тізімде болмайды; дерекқор оны сақтайды.</translation>
        </message>
        <message>
            <source>Add a scanned document</source>
            <translation>Құжаттың сканын қосу</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>e.g. Passport, pages 2 and 3</source>
            <translation>мысалы: төлқұжат, 2 және 3 беттер</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Түрі</translation>
        </message>
    </context>
    <context>
        <name>AttachmentKind</name>
        <message>
            <source>Passport or identity document</source>
            <translation>Төлқұжат немесе жеке куәлік</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Виза</translation>
        </message>
        <message>
            <source>Permit or certificate</source>
            <translation>Рұқсат немесе куәлік</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Тіркеу</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Хат</translation>
        </message>
        <message>
            <source>Medical document</source>
            <translation>Медициналық құжат</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фотосурет</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Басқа құжат</translation>
        </message>
    </context>
</TS>
