<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Labels</name>
        <message>
            <source>Basis of stay missing</source>
            <translation>Болу негізі көрсетілмеген</translation>
        </message>
    </context>
</TS>
