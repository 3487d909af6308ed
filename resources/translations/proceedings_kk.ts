<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Labels</name>
        <message>
            <source>Apply for asylum</source>
            <translation>Пана сұрау туралы өтініш беру</translation>
        </message>
        <message>
            <source>Appeal the administrative decision</source>
            <translation>Әкімшілік шешімге шағымдану</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>protocol date</source>
            <translation>хаттама күні</translation>
        </message>
        <message>
            <source>hearing date</source>
            <translation>істі қарау күні</translation>
        </message>
    </context>
</TS>
