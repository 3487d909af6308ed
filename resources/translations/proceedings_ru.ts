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
        <message>
            <source>Pending</source>
            <translation>Не рассмотрено</translation>
        </message>
        <message>
            <source>Found liable</source>
            <translation>Признан виновным</translation>
        </message>
        <message>
            <source>Not liable</source>
            <translation>Не признан виновным</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Дело прекращено</translation>
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
    <context>
        <name>Records</name>
        <message>
            <source>Administrative case</source>
            <translation>Административное дело</translation>
        </message>
        <message>
            <source>Offence (article, in brief)</source>
            <translation>Правонарушение (статья, кратко)</translation>
        </message>
        <message>
            <source>Protocol drawn up on</source>
            <translation>Дата протокола</translation>
        </message>
        <message>
            <source>Hearing on</source>
            <translation>Дата рассмотрения</translation>
        </message>
        <message>
            <source>Fine (tenge)</source>
            <translation>Штраф (тенге)</translation>
        </message>
        <message>
            <source>Expulsion ordered</source>
            <translation>Назначено выдворение</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>fine {0} ₸</source>
            <translation>штраф {0} ₸</translation>
        </message>
        <message>
            <source>expulsion</source>
            <translation>выдворение</translation>
        </message>
        <message>
            <source>appealed on {0}</source>
            <translation>жалоба подана {0}</translation>
        </message>
    </context>
</TS>
