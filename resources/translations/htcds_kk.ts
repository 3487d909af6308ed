<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>TraffickingFacts</name>
        <message>
            <source>&lt;b&gt;Case facts:&lt;/b&gt; not recorded yet.</source>
            <translation>&lt;b&gt;Іс мән-жайы:&lt;/b&gt; әлі жазылмаған.</translation>
        </message>
        <message>
            <source>exploitation not recorded</source>
            <translation>қанау көрсетілмеген</translation>
        </message>
        <message>
            <source>recruited: {0}</source>
            <translation>жалдау: {0}</translation>
        </message>
        <message>
            <source>{0} since {1}</source>
            <translation>{0}, {1} бастап</translation>
        </message>
        <message>
            <source>&lt;b&gt;Case facts:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Іс мән-жайы:&lt;/b&gt; {0}</translation>
        </message>
    </context>
    <context>
        <name>FactsDialog</name>
        <message>
            <source>Case facts</source>
            <translation>Іс мән-жайы</translation>
        </message>
        <message>
            <source>Forms of exploitation</source>
            <translation>Қанау түрлері</translation>
        </message>
        <message>
            <source>Country of exploitation</source>
            <translation>Қанау болған ел</translation>
        </message>
        <message>
            <source>Region or city</source>
            <translation>Өңір немесе қала</translation>
        </message>
        <message>
            <source>Recruited through</source>
            <translation>Жалдау тәсілі</translation>
        </message>
        <message>
            <source>Means of control</source>
            <translation>Бақылау тәсілдері</translation>
        </message>
        <message>
            <source>Identification status</source>
            <translation>Сәйкестендіру мәртебесі</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Қай күннен бастап</translation>
        </message>
        <message>
            <source>Filled in from the screening and the latest assessment: check each answer.</source>
            <translation>Скрининг пен соңғы бағалау бойынша толтырылды: әр жауапты тексеріңіз.</translation>
        </message>
    </context>
    <context>
        <name>HtcdsDialog</name>
        <message>
            <source>Anonymous trafficking data</source>
            <translation>Адам саудасы туралы анонимді деректер</translation>
        </message>
        <message>
            <source>One row per presumed or identified victim of the period, in the field names of IOM's Human Trafficking Case Data Standard, without names, documents, IINs, addresses, dates of birth or notes. Combinations shared by fewer victims than the office's k are generalised or left out.</source>
            <translation>Кезеңдегі әрбір болжамды немесе анықталған құрбанға бір жол, ХКҰ-ның адам саудасы істері деректер стандартының (HTCDS) өріс атауларымен, аты-жөнсіз, құжатсыз, ЖСН-сіз, мекенжайсыз, туған күнсіз және жазбаларсыз. Кеңседегі k-дан аз құрбанға ортақ үйлесімдер жалпыланады немесе енгізілмейді.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel кітабы</translation>
        </message>
        <message>
            <source>CSV (and a second file saying what was left out)</source>
            <translation>CSV (және не енгізілмегені туралы екінші файл)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорттау…</translation>
        </message>
        <message>
            <source>Give both days of the period.</source>
            <translation>Кезеңнің екі күнін де көрсетіңіз.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV файлдары (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <source>Export anonymous trafficking data</source>
            <translation>Адам саудасы туралы анонимді деректерді экспорттау</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорттау…</translation>
        </message>
        <message>
            <source>{0} of {1} victims written to {2} (k = {3}). Left out: {4} rows and {5} cells; {6} cells generalised.</source>
            <translation>{2} файлына {1} құрбанның {0} жазылды (k = {3}). Енгізілмеді: {4} жол және {5} ұяшық; {6} ұяшық жалпыланды.</translation>
        </message>
        <message>
            <source>Anonymous &amp;trafficking data (HTCDS)…</source>
            <translation>Адам &amp;саудасы туралы анонимді деректер (HTCDS)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Есептер</translation>
        </message>
    </context>
    <context>
        <name>TraffickingPanel</name>
        <message>
            <source>Case facts…</source>
            <translation>Іс мән-жайы…</translation>
        </message>
    </context>
</TS>
