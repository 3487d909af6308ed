<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>ImportHistory</name>
        <message>
            <source>stopped (the program ended)</source>
            <translation>остановлен (программа закрылась)</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <source>Case number</source>
            <translation>Номер дела</translation>
        </message>
    </context>
</TS>
