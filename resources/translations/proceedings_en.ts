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
</TS>
