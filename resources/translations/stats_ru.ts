<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CasesBehind</name>
        <message>
            <source>Cases behind the number</source>
            <translation>Дела за этим числом</translation>
        </message>
        <message>
            <source>{0} — cases: {1}</source>
            <translation>{0} — дел: {1}</translation>
        </message>
        <message>
            <source>{0} — cases: {1}, the first {2} shown</source>
            <translation>{0} — дел: {1}, показаны первые {2}</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Сотрудник</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Отчёты</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;Статистика…</translation>
        </message>
    </context>
    <context>
        <name>StatTableModel</name>
        <message>
            <source>Double-click to list the cases behind this number</source>
            <translation>Дважды щёлкните, чтобы увидеть дела за этим числом</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics for a period</source>
            <translation>Статистика за период</translation>
        </message>
        <message>
            <source>&amp;Count</source>
            <translation>&amp;Подсчитать</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>Save &amp;workbook…</source>
            <translation>Сохранить &amp;книгу Excel…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Сохранить &amp;PDF…</translation>
        </message>
        <message>
            <source>Report in</source>
            <translation>Язык отчёта</translation>
        </message>
        <message>
            <source>The whole office</source>
            <translation>Весь офис</translation>
        </message>
        <message>
            <source>Your own cases</source>
            <translation>Только ваши дела</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Документ PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Сохранить отчёт</translation>
        </message>
        <message>
            <source>Saving the report…</source>
            <translation>Отчёт сохраняется…</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Отчёт сохранён</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Сохранено: {0}</translation>
        </message>
    </context>
</TS>
