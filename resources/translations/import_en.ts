<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="254" />
            <source>Dry run</source>
            <translation>Dry run</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="255" />
            <source>Every row checked as if it were typed in. Nothing has been written yet.</source>
            <translation>Every row checked as if it were typed in. Nothing has been written yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="260" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="261" />
            <source>Save the report (.xlsx)…</source>
            <translation>Save the report (.xlsx)…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="271" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="275" />
            <source>Checking every row…</source>
            <translation>Checking every row…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="279" />
            <source>{0} rows: {1} can be imported, {2} have problems; {3} may be people already recorded.</source>
            <translation>{0} rows: {1} can be imported, {2} have problems; {3} may be people already recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="285" />
            <source>The first {0} problems are shown; the report lists all {1}.</source>
            <translation>The first {0} problems are shown; the report lists all {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="297" />
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="313" />
            <source>Already recorded?</source>
            <translation>Already recorded?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="314" />
            <source>These rows may be people Qamqor already knows, or repeat an earlier row. They are skipped unless you choose otherwise.</source>
            <translation>These rows may be people Qamqor already knows, or repeat an earlier row. They are skipped unless you choose otherwise.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>In the file</source>
            <translation>In the file</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>May be</source>
            <translation>May be</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="317" />
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="317" />
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="318" />
            <location filename="../../desktop/importer/wizard.py" line="337" />
            <source>No row looks like a person already recorded.</source>
            <translation>No row looks like a person already recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="319" />
            <source>Skip them all</source>
            <translation>Skip them all</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="320" />
            <source>Create them all anyway</source>
            <translation>Create them all anyway</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="349" />
            <source>Skip this row</source>
            <translation>Skip this row</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="350" />
            <source>Add to the person recorded</source>
            <translation>Add to the person recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="351" />
            <source>Add to the person of that row</source>
            <translation>Add to the person of that row</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="352" />
            <source>Create a new person anyway</source>
            <translation>Create a new person anyway</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="64" />
            <source>Which file?</source>
            <translation>Which file?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="65" />
            <source>An Excel workbook (.xlsx) or a CSV file. Qamqor finds the header row, the encoding and the separator itself, and shows what it found.</source>
            <translation>An Excel workbook (.xlsx) or a CSV file. Qamqor finds the header row, the encoding and the separator itself, and shows what it found.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="69" />
            <source>The file to import</source>
            <translation>The file to import</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="70" />
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="71" />
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="73" />
            <source>Save an empty template…</source>
            <translation>Save an empty template…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="79" />
            <source>Day before month: 05.03.2024 is 5 March 2024</source>
            <translation>Day before month: 05.03.2024 is 5 March 2024</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="80" />
            <source>Month before day: 03/05/2024 is 5 March 2024</source>
            <translation>Month before day: 03/05/2024 is 5 March 2024</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="88" />
            <source>Dates such as 05/03/2024 are read as:</source>
            <translation>Dates such as 05/03/2024 are read as:</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="98" />
            <source>Import from spreadsheet</source>
            <translation>Import from spreadsheet</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="99" />
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
            <translation>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="109" />
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="117" />
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>semicolon (;)</source>
            <translation>semicolon (;)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>comma (,)</source>
            <translation>comma (,)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="127" />
            <source>{0}: {1}, separated by {2}.</source>
            <translation>{0}: {1}, separated by {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="129" />
            <source>{0}: sheet “{1}”.</source>
            <translation>{0}: sheet “{1}”.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="130" />
            <source>Headers on row {0}; {1} rows below them.</source>
            <translation>Headers on row {0}; {1} rows below them.</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <location filename="../../desktop/importer/history.py" line="19" />
            <source>Import history</source>
            <translation>Import history</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="22" />
            <source>Resume at row</source>
            <translation>Resume at row</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="25" />
            <source>Undo the chosen import…</source>
            <translation>Undo the chosen import…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="28" />
            <source>Undoing an import archives every person, document, case, stay and note it created (nothing is deleted). Only a supervisor may undo an import.</source>
            <translation>Undoing an import archives every person, document, case, stay and note it created (nothing is deleted). Only a supervisor may undo an import.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>complete</source>
            <translation>complete</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="49" />
            <source>stopped by an error</source>
            <translation>stopped by an error</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="49" />
            <source>undone</source>
            <translation>undone</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="73" />
            <source>Undo import</source>
            <translation>Undo import</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="74" />
            <source>Archive everything the import of {0} created?</source>
            <translation>Archive everything the import of {0} created?</translation>
        </message>
    </context>
    <context>
        <name>ImportMessages</name>
        <message>
            <location filename="../../desktop/importer/words.py" line="17" />
            <source>is not a date (write it as {0} or 2024-03-05)</source>
            <translation>is not a date (write it as {0} or 2024-03-05)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="19" />
            <source>is not a date: there is no such day (read as day.month.year)</source>
            <translation>is not a date: there is no such day (read as day.month.year)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="21" />
            <source>is not a date: there is no such day (read as month/day/year)</source>
            <translation>is not a date: there is no such day (read as month/day/year)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="22" />
            <source>is not a date</source>
            <translation>is not a date</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="24" />
            <source>'{0}' is not a country Qamqor knows (write its name in English, Russian or Kazakh, or its ISO code such as UZB)</source>
            <translation>'{0}' is not a country Qamqor knows (write its name in English, Russian or Kazakh, or its ISO code such as UZB)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="27" />
            <source>is not a value Qamqor knows (one of: {0}, in English, Russian or Kazakh)</source>
            <translation>is not a value Qamqor knows (one of: {0}, in English, Russian or Kazakh)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="30" />
            <source>needs at least a family name and a given name</source>
            <translation>needs at least a family name and a given name</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="32" />
            <source>is required when the row gives an exit date, basis or border crossing</source>
            <translation>is required when the row gives an exit date, basis or border crossing</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="34" />
            <source>is required to keep the row's note (a note belongs to a case)</source>
            <translation>is required to keep the row's note (a note belongs to a case)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="36" />
            <source>no column is mapped to the family name (or full name)</source>
            <translation>no column is mapped to the family name (or full name)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="37" />
            <source>same IIN</source>
            <translation>same IIN</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="38" />
            <source>same document number</source>
            <translation>same document number</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="39" />
            <source>same name and date of birth</source>
            <translation>same name and date of birth</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="40" />
            <source>row {0}</source>
            <translation>row {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="42" />
            <source>a person recorded in a case you may not see</source>
            <translation>a person recorded in a case you may not see</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="43" />
            <source>{0}, born {1}</source>
            <translation>{0}, born {1}</translation>
        </message>
        <message>
            <source>is after today: a list records entries that happened (enter a planned trip in the case)</source>
            <translation>is after today: a list records entries that happened (enter a planned trip in the case)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="375" />
            <location filename="../../desktop/importer/wizard.py" line="380" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="376" />
            <source>Rows are written in batches. Cancel stops after the batch being written; everything before it stays imported.</source>
            <translation>Rows are written in batches. Cancel stops after the batch being written; everything before it stays imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="382" />
            <source>Cancel import</source>
            <translation>Cancel import</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="389" />
            <source>Undo this import</source>
            <translation>Undo this import</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="413" />
            <source>{0} rows will be imported; {1} skipped as likely duplicates and {2} with problems are left out.</source>
            <translation>{0} rows will be imported; {1} skipped as likely duplicates and {2} with problems are left out.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="447" />
            <source>Imported: {0} new persons, {1} added to persons already recorded; {2} cases, {3} stays, {4} documents. {5} rows skipped.</source>
            <translation>Imported: {0} new persons, {1} added to persons already recorded; {2} cases, {3} stays, {4} documents. {5} rows skipped.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="452" />
            <source>{0} stays were left out: they overlap stays already recorded for the same person.</source>
            <translation>{0} stays were left out: they overlap stays already recorded for the same person.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="455" />
            <source>Cancelled: the rows from row {0} on were not imported.</source>
            <translation>Cancelled: the rows from row {0} on were not imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="457" />
            <source>Stopped by an error at row {0} ({1}): everything before it is imported; import the file again from row {0}.</source>
            <translation>Stopped by an error at row {0} ({1}): everything before it is imported; import the file again from row {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="475" />
            <source>The import was undone: {0} records archived.</source>
            <translation>The import was undone: {0} records archived.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="487" />
            <source>Import from spreadsheet</source>
            <translation>Import from spreadsheet</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="21" />
            <source>&amp;Import from spreadsheet…</source>
            <translation>&amp;Import from spreadsheet…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="23" />
            <source>Import &amp;template…</source>
            <translation>Import &amp;template…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="25" />
            <source>Import &amp;history…</source>
            <translation>Import &amp;history…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="57" />
            <source>Save the import template</source>
            <translation>Save the import template</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="73" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="74" />
            <source>The file could not be saved: {0}</source>
            <translation>The file could not be saved: {0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="153" />
            <source>Which column is which?</source>
            <translation>Which column is which?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="154" />
            <source>Qamqor guessed from the headers. Change what it got wrong; columns left at “Not imported” are listed below.</source>
            <translation>Qamqor guessed from the headers. Change what it got wrong; columns left at “Not imported” are listed below.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Examples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Qamqor field</source>
            <translation>Qamqor field</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="161" />
            <source>Name, e.g. Almaty monthly list</source>
            <translation>Name, e.g. Almaty monthly list</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="162" />
            <source>Save mapping</source>
            <translation>Save mapping</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="164" />
            <source>Put the columns not imported into the case's note</source>
            <translation>Put the columns not imported into the case's note</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="170" />
            <source>Saved mappings:</source>
            <translation>Saved mappings:</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="191" />
            <source>(guessed from the headers)</source>
            <translation>(guessed from the headers)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="215" />
            <source>Not imported</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="231" />
            <source>Not imported: {0}</source>
            <translation>Not imported: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="232" />
            <source>Every column is imported.</source>
            <translation>Every column is imported.</translation>
        </message>
    </context>
</TS>
