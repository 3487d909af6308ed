<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ImportHistory</name>
        <message>
            <source>stopped (the program ended)</source>
            <translation>stopped (the program ended)</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
    </context>
</TS>
