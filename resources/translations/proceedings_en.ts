<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Labels</name>
        <message>
            <source>Apply for asylum</source>
            <translation>Apply for asylum</translation>
        </message>
        <message>
            <source>Appeal the administrative decision</source>
            <translation>Appeal the administrative decision</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Found liable</source>
            <translation>Found liable</translation>
        </message>
        <message>
            <source>Not liable</source>
            <translation>Not liable</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dismissed</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>protocol date</source>
            <translation>protocol date</translation>
        </message>
        <message>
            <source>hearing date</source>
            <translation>hearing date</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>Administrative case</source>
            <translation>Administrative case</translation>
        </message>
        <message>
            <source>Offence (article, in brief)</source>
            <translation>Offence (article, in brief)</translation>
        </message>
        <message>
            <source>Protocol drawn up on</source>
            <translation>Protocol drawn up on</translation>
        </message>
        <message>
            <source>Hearing on</source>
            <translation>Hearing on</translation>
        </message>
        <message>
            <source>Fine (tenge)</source>
            <translation>Fine (tenge)</translation>
        </message>
        <message>
            <source>Expulsion ordered</source>
            <translation>Expulsion ordered</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>fine {0} ₸</source>
            <translation>fine {0} ₸</translation>
        </message>
        <message>
            <source>expulsion</source>
            <translation>expulsion</translation>
        </message>
        <message>
            <source>appealed on {0}</source>
            <translation>appealed on {0}</translation>
        </message>
    </context>
</TS>
