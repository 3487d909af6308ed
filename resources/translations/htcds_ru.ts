<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>TraffickingFacts</name>
        <message>
            <source>&lt;b&gt;Case facts:&lt;/b&gt; not recorded yet.</source>
            <translation>&lt;b&gt;Обстоятельства дела:&lt;/b&gt; ещё не записаны.</translation>
        </message>
        <message>
            <source>exploitation not recorded</source>
            <translation>эксплуатация не указана</translation>
        </message>
        <message>
            <source>recruited: {0}</source>
            <translation>вербовка: {0}</translation>
        </message>
        <message>
            <source>{0} since {1}</source>
            <translation>{0} с {1}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Case facts:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Обстоятельства дела:&lt;/b&gt; {0}</translation>
        </message>
    </context>
    <context>
        <name>FactsDialog</name>
        <message>
            <source>Case facts</source>
            <translation>Обстоятельства дела</translation>
        </message>
        <message>
            <source>Forms of exploitation</source>
            <translation>Формы эксплуатации</translation>
        </message>
        <message>
            <source>Country of exploitation</source>
            <translation>Страна эксплуатации</translation>
        </message>
        <message>
            <source>Region or city</source>
            <translation>Регион или город</translation>
        </message>
        <message>
            <source>Recruited through</source>
            <translation>Способ вербовки</translation>
        </message>
        <message>
            <source>Means of control</source>
            <translation>Способы контроля</translation>
        </message>
        <message>
            <source>Identification status</source>
            <translation>Статус идентификации</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>С какого дня</translation>
        </message>
        <message>
            <source>Filled in from the screening and the latest assessment: check each answer.</source>
            <translation>Заполнено по скринингу и последней оценке: проверьте каждый ответ.</translation>
        </message>
    </context>
    <context>
        <name>HtcdsDialog</name>
        <message>
            <source>Anonymous trafficking data</source>
            <translation>Анонимные данные о торговле людьми</translation>
        </message>
        <message>
            <source>One row per presumed or identified victim of the period, in the field names of IOM's Human Trafficking Case Data Standard, without names, documents, IINs, addresses, dates of birth or notes. Combinations shared by fewer victims than the office's k are generalised or left out.</source>
            <translation>Одна строка на каждую предполагаемую или установленную жертву за период, с названиями полей стандарта данных МОМ о случаях торговли людьми (HTCDS), без имён, документов, ИИН, адресов, дат рождения и заметок. Сочетания, общие для меньшего числа жертв, чем k офиса, обобщаются или не включаются.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Книга Excel</translation>
        </message>
        <message>
            <source>CSV (and a second file saying what was left out)</source>
            <translation>CSV (и второй файл о том, что не включено)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Give both days of the period.</source>
            <translation>Укажите оба дня периода.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export anonymous trafficking data</source>
            <translation>Экспорт анонимных данных о торговле людьми</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>{0} of {1} victims written to {2} (k = {3}). Left out: {4} rows and {5} cells; {6} cells generalised.</source>
            <translation>В {2} записано жертв: {0} из {1} (k = {3}). Не включено: строк {4}, ячеек {5}; обобщено ячеек: {6}.</translation>
        </message>
        <message>
            <source>Anonymous &amp;trafficking data (HTCDS)…</source>
            <translation>Анонимные данные о &amp;торговле людьми (HTCDS)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Отчёты</translation>
        </message>
    </context>
    <context>
        <name>TraffickingPanel</name>
        <message>
            <source>Case facts…</source>
            <translation>Обстоятельства дела…</translation>
        </message>
    </context>
</TS>
