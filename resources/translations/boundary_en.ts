<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BoundaryUndo</name>
        <message>
            <source>Change document</source>
            <translation>Change document</translation>
        </message>
        <message>
            <source>Archive document</source>
            <translation>Archive document</translation>
        </message>
        <message>
            <source>Archive record</source>
            <translation>Archive record</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>Add attachment</source>
            <translation>Add attachment</translation>
        </message>
        <message>
            <source>Archive note</source>
            <translation>Archive note</translation>
        </message>
        <message>
            <source>Archive attachment</source>
            <translation>Archive attachment</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>&amp;Redo {0}</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>Redone: {0}</translation>
        </message>
    </context>
</TS>
