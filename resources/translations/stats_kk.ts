<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CasesBehind</name>
        <message>
            <source>Cases behind the number</source>
            <translation>Осы санның артындағы істер</translation>
        </message>
        <message>
            <source>{0} — cases: {1}</source>
            <translation>{0} — істер: {1}</translation>
        </message>
        <message>
            <source>{0} — cases: {1}, the first {2} shown</source>
            <translation>{0} — істер: {1}, алғашқы {2} көрсетілді</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Қызметкер</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Есептер</translation>
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
            <translation>Осы санның артындағы істерді көру үшін екі рет басыңыз</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics for a period</source>
            <translation>Кезең бойынша статистика</translation>
        </message>
        <message>
            <source>&amp;Count</source>
            <translation>&amp;Есептеу</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>to</source>
            <translation>дейін</translation>
        </message>
        <message>
            <source>Save &amp;workbook…</source>
            <translation>Excel &amp;кітабын сақтау…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>&amp;PDF сақтау…</translation>
        </message>
        <message>
            <source>Report in</source>
            <translation>Есеп тілі</translation>
        </message>
        <message>
            <source>The whole office</source>
            <translation>Бүкіл кеңсе</translation>
        </message>
        <message>
            <source>Your own cases</source>
            <translation>Тек сіздің істеріңіз</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel кітабы (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF құжаты (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Есепті сақтау</translation>
        </message>
        <message>
            <source>Saving the report…</source>
            <translation>Есеп сақталуда…</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Есеп сақталды</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Сақталды: {0}</translation>
        </message>
    </context>
</TS>
