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
        <message>
            <source>Pending</source>
            <translation>Қаралмаған</translation>
        </message>
        <message>
            <source>Found liable</source>
            <translation>Кінәлі деп танылды</translation>
        </message>
        <message>
            <source>Not liable</source>
            <translation>Кінәлі деп танылмады</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Іс тоқтатылды</translation>
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
    <context>
        <name>Records</name>
        <message>
            <source>Administrative case</source>
            <translation>Әкімшілік іс</translation>
        </message>
        <message>
            <source>Offence (article, in brief)</source>
            <translation>Құқық бұзушылық (бап, қысқаша)</translation>
        </message>
        <message>
            <source>Protocol drawn up on</source>
            <translation>Хаттама жасалған күн</translation>
        </message>
        <message>
            <source>Hearing on</source>
            <translation>Істі қарау күні</translation>
        </message>
        <message>
            <source>Fine (tenge)</source>
            <translation>Айыппұл (теңге)</translation>
        </message>
        <message>
            <source>Expulsion ordered</source>
            <translation>Елден шығару тағайындалды</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>fine {0} ₸</source>
            <translation>айыппұл {0} ₸</translation>
        </message>
        <message>
            <source>expulsion</source>
            <translation>елден шығару</translation>
        </message>
        <message>
            <source>appealed on {0}</source>
            <translation>шағым берілген күн — {0}</translation>
        </message>
    </context>
</TS>
