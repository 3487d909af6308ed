<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Labels</name>
        <message>
            <source>Identity document expires</source>
            <translation>Identity document expires</translation>
        </message>
        <message>
            <source>Passport expires</source>
            <translation>Passport expires</translation>
        </message>
        <message>
            <source>ID card expires</source>
            <translation>ID card expires</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message numerus="yes">
            <source>Must leave by {0}: %n day(s) per entry apply until a temporary residence permit is recorded.</source>
            <translation>
                <numerusform>Must leave by {0}: %n day per entry applies until a temporary residence permit is recorded.</numerusform>
                <numerusform>Must leave by {0}: %n days per entry apply until a temporary residence permit is recorded.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must leave by {0}, when the residence permit ends.</source>
            <translation>Must leave by {0}, when the residence permit ends.</translation>
        </message>
        <message>
            <source>Must leave by {0}, when the visa or permit the stay is based on ends.</source>
            <translation>Must leave by {0}, when the visa or permit the stay is based on ends.</translation>
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <source>Planned trip?</source>
            <translation>Planned trip?</translation>
        </message>
        <message>
            <source>The entry date, {0}, is after today.

Is this a trip the person plans? If so, it is saved as a planned trip, and no deadline counts until they enter. If not, correct the entry date.</source>
            <translation>The entry date, {0}, is after today.

Is this a trip the person plans? If so, it is saved as a planned trip, and no deadline counts until they enter. If not, correct the entry date.</translation>
        </message>
        <message>
            <source>is after today ({0}): enter the day the person entered Kazakhstan</source>
            <translation>is after today ({0}): enter the day the person entered Kazakhstan</translation>
        </message>
    </context>
</TS>
