<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>ImportHistory</name>
        <message>
            <source>stopped (the program ended)</source>
            <translation>тоқтатылды (бағдарлама жабылды)</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <source>Case number</source>
            <translation>Іс нөмірі</translation>
        </message>
    </context>
</TS>
