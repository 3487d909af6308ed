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
    <context>
        <name>ImportReport</name>
        <message>
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Возможные повторы</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Где найден</translation>
        </message>
        <message>
            <source>May be</source>
            <translation>Возможно, это</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>may be {0} ({1})</source>
            <translation>возможно, это {0} ({1})</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>в базе</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>в файле</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Use for every row without a value</source>
            <translation>Подставить в строки без значения</translation>
        </message>
        <message>
            <source>Clear these values</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>Same value for the whole file:</source>
            <translation>Одно значение для всего файла:</translation>
        </message>
        <message>
            <source>e.g. 05.03.2024</source>
            <translation>например, 05.03.2024</translation>
        </message>
        <message>
            <source>e.g. Uzbekistan or UZB</source>
            <translation>например, Узбекистан или UZB</translation>
        </message>
        <message>
            <source>For every row without a value: {0}.</source>
            <translation>Для всех строк без значения: {0}.</translation>
        </message>
        <message>
            <source>The file gives no basis of stay. Choose one for the whole file above, or the stays are imported with the basis “unknown”: no stay deadline is computed until someone records it.</source>
            <translation>В файле нет основания пребывания. Выберите его выше для всего файла — иначе пребывания будут импортированы с основанием «неизвестно»: сроки пребывания не рассчитываются, пока основание не указано.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>For every row without a value: {0}.</source>
            <translation>Для всех строк без значения: {0}.</translation>
        </message>
        <message numerus="yes">
            <source>(%n row(s))</source>
            <translation>
                <numerusform>(%n строка)</numerusform>
                <numerusform>(%n строки)</numerusform>
                <numerusform>(%n строк)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) without a basis: imported with the basis “unknown”, no stay deadline is computed until someone records it (the case and the alerts say so).</source>
            <translation>
                <numerusform>%n пребывание без основания: импортируется с основанием «неизвестно», сроки пребывания не рассчитываются, пока основание не указано (об этом скажут дело и оповещения).</numerusform>
                <numerusform>%n пребывания без основания: импортируются с основанием «неизвестно», сроки пребывания не рассчитываются, пока основание не указано (об этом скажут дело и оповещения).</numerusform>
                <numerusform>%n пребываний без основания: импортируются с основанием «неизвестно», сроки пребывания не рассчитываются, пока основание не указано (об этом скажут дело и оповещения).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Has problems: not imported</source>
            <translation>Есть ошибки: не импортируется</translation>
        </message>
    </context>
</TS>
