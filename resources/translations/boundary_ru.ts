<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>BoundaryUndo</name>
        <message>
            <source>Change document</source>
            <translation>Изменение документа</translation>
        </message>
        <message>
            <source>Archive document</source>
            <translation>Архивирование документа</translation>
        </message>
        <message>
            <source>Archive record</source>
            <translation>Архивирование записи</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Добавление заметки</translation>
        </message>
        <message>
            <source>Add attachment</source>
            <translation>Добавление вложения</translation>
        </message>
        <message>
            <source>Archive note</source>
            <translation>Архивирование заметки</translation>
        </message>
        <message>
            <source>Archive attachment</source>
            <translation>Архивирование вложения</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>&amp;Повторить: {0}</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>Повторено: {0}</translation>
        </message>
    </context>
</TS>
