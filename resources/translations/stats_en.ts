<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CasesBehind</name>
        <message>
            <source>Cases behind the number</source>
            <translation>Cases behind the number</translation>
        </message>
        <message>
            <source>{0} — cases: {1}</source>
            <translation>{0} — cases: {1}</translation>
        </message>
        <message>
            <source>{0} — cases: {1}, the first {2} shown</source>
            <translation>{0} — cases: {1}, the first {2} shown</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Caseworker</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;Statistics…</translation>
        </message>
    </context>
    <context>
        <name>StatTableModel</name>
        <message>
            <source>Double-click to list the cases behind this number</source>
            <translation>Double-click to list the cases behind this number</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics for a period</source>
            <translation>Statistics for a period</translation>
        </message>
        <message>
            <source>&amp;Count</source>
            <translation>&amp;Count</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Save &amp;workbook…</source>
            <translation>Save &amp;workbook…</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Save &amp;PDF…</translation>
        </message>
        <message>
            <source>Report in</source>
            <translation>Report in</translation>
        </message>
        <message>
            <source>The whole office</source>
            <translation>The whole office</translation>
        </message>
        <message>
            <source>Your own cases</source>
            <translation>Your own cases</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>Saving the report…</source>
            <translation>Saving the report…</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Report saved</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Saved {0}</translation>
        </message>
    </context>
</TS>
