<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Labels</name>
        <message>
            <source>Basis of stay missing</source>
            <translation>Не указано основание пребывания</translation>
        </message>
    </context>
</TS>
