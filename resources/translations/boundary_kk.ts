<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>BoundaryUndo</name>
        <message>
            <source>Change document</source>
            <translation>Құжатты өзгерту</translation>
        </message>
        <message>
            <source>Archive document</source>
            <translation>Құжатты мұрағаттау</translation>
        </message>
        <message>
            <source>Archive record</source>
            <translation>Тарихтағы жазбаны мұрағаттау</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Жазба қосу</translation>
        </message>
        <message>
            <source>Add attachment</source>
            <translation>Тіркеме қосу</translation>
        </message>
        <message>
            <source>Archive note</source>
            <translation>Жазбаны мұрағаттау</translation>
        </message>
        <message>
            <source>Archive attachment</source>
            <translation>Тіркемені мұрағаттау</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>&amp;Қайталау: {0}</translation>
        </message>
        <message>
            <source>Redone: {0}</source>
            <translation>Қайталанды: {0}</translation>
        </message>
    </context>
</TS>
