<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CaseView</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Trafficking</translation>
        </message>
        <message>
            <source>Case {0}, opened on {1}</source>
            <translation>Case {0}, opened on {1}</translation>
        </message>
    </context>
</TS>
