<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CaseView</name>
        <message>
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <source>Trafficking</source>
            <translation>Адам саудасы</translation>
        </message>
        <message>
            <source>Case {0}, opened on {1}</source>
            <translation>Іс {0}, ашылған күні {1}</translation>
        </message>
    </context>
</TS>
