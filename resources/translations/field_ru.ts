<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CaseView</name>
        <message>
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Торговля людьми</translation>
        </message>
        <message>
            <source>Case {0}, opened on {1}</source>
            <translation>Дело {0}, открыто {1}</translation>
        </message>
    </context>
</TS>
