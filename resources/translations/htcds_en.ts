<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>TraffickingFacts</name>
        <message>
            <source>&lt;b&gt;Case facts:&lt;/b&gt; not recorded yet.</source>
            <translation>&lt;b&gt;Case facts:&lt;/b&gt; not recorded yet.</translation>
        </message>
        <message>
            <source>exploitation not recorded</source>
            <translation>exploitation not recorded</translation>
        </message>
        <message>
            <source>recruited: {0}</source>
            <translation>recruited: {0}</translation>
        </message>
        <message>
            <source>{0} since {1}</source>
            <translation>{0} since {1}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Case facts:&lt;/b&gt; {0}</source>
            <translation>&lt;b&gt;Case facts:&lt;/b&gt; {0}</translation>
        </message>
    </context>
    <context>
        <name>FactsDialog</name>
        <message>
            <source>Case facts</source>
            <translation>Case facts</translation>
        </message>
        <message>
            <source>Forms of exploitation</source>
            <translation>Forms of exploitation</translation>
        </message>
        <message>
            <source>Country of exploitation</source>
            <translation>Country of exploitation</translation>
        </message>
        <message>
            <source>Region or city</source>
            <translation>Region or city</translation>
        </message>
        <message>
            <source>Recruited through</source>
            <translation>Recruited through</translation>
        </message>
        <message>
            <source>Means of control</source>
            <translation>Means of control</translation>
        </message>
        <message>
            <source>Identification status</source>
            <translation>Identification status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Filled in from the screening and the latest assessment: check each answer.</source>
            <translation>Filled in from the screening and the latest assessment: check each answer.</translation>
        </message>
    </context>
    <context>
        <name>HtcdsDialog</name>
        <message>
            <source>Anonymous trafficking data</source>
            <translation>Anonymous trafficking data</translation>
        </message>
        <message>
            <source>One row per presumed or identified victim of the period, in the field names of IOM's Human Trafficking Case Data Standard, without names, documents, IINs, addresses, dates of birth or notes. Combinations shared by fewer victims than the office's k are generalised or left out.</source>
            <translation>One row per presumed or identified victim of the period, in the field names of IOM's Human Trafficking Case Data Standard, without names, documents, IINs, addresses, dates of birth or notes. Combinations shared by fewer victims than the office's k are generalised or left out.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>CSV (and a second file saying what was left out)</source>
            <translation>CSV (and a second file saying what was left out)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Give both days of the period.</source>
            <translation>Give both days of the period.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export anonymous trafficking data</source>
            <translation>Export anonymous trafficking data</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>{0} of {1} victims written to {2} (k = {3}). Left out: {4} rows and {5} cells; {6} cells generalised.</source>
            <translation>{0} of {1} victims written to {2} (k = {3}). Left out: {4} rows and {5} cells; {6} cells generalised.</translation>
        </message>
        <message>
            <source>Anonymous &amp;trafficking data (HTCDS)…</source>
            <translation>Anonymous &amp;trafficking data (HTCDS)…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
    </context>
    <context>
        <name>TraffickingPanel</name>
        <message>
            <source>Case facts…</source>
            <translation>Case facts…</translation>
        </message>
    </context>
</TS>
