<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Labels</name>
        <message>
            <source>Apply for asylum</source>
            <translation>Подать ходатайство об убежище</translation>
        </message>
        <message>
            <source>Appeal the administrative decision</source>
            <translation>Обжаловать административное решение</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>protocol date</source>
            <translation>дата протокола</translation>
        </message>
        <message>
            <source>hearing date</source>
            <translation>дата рассмотрения дела</translation>
        </message>
    </context>
</TS>
