<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="254" />
            <source>Dry run</source>
            <translation>Сынақ тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="255" />
            <source>Every row checked as if it were typed in. Nothing has been written yet.</source>
            <translation>Әр жол қолмен енгізілгендей тексерілді. Әзірге ештеңе жазылған жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="260" />
            <source>Problem</source>
            <translation>Қате</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="261" />
            <source>Save the report (.xlsx)…</source>
            <translation>Есепті сақтау (.xlsx)…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="271" />
            <source>Checking…</source>
            <translation>Тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="275" />
            <source>Checking every row…</source>
            <translation>Әр жол тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="279" />
            <source>{0} rows: {1} can be imported, {2} have problems; {3} may be people already recorded.</source>
            <translation>Жолдар: {0}; импорттауға болады: {1}, қатесі бар: {2}; бұрыннан жазылған болуы мүмкін: {3}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="285" />
            <source>The first {0} problems are shown; the report lists all {1}.</source>
            <translation>Алғашқы {0} қате көрсетілген; есепте барлығы {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="297" />
            <source>Save the report</source>
            <translation>Есепті сақтау</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="313" />
            <source>Already recorded?</source>
            <translation>Бұрыннан жазылған ба?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="314" />
            <source>These rows may be people Qamqor already knows, or repeat an earlier row. They are skipped unless you choose otherwise.</source>
            <translation>Бұл жолдар Qamqor-да бұрыннан бар адамдар болуы немесе жоғарыдағы жолды қайталауы мүмкін. Басқаша шешпесеңіз, олар өткізіліп жіберіледі.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>In the file</source>
            <translation>Файлда</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>May be</source>
            <translation>Мүмкін бұл</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="317" />
            <source>Why</source>
            <translation>Неге</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="317" />
            <source>What to do</source>
            <translation>Не істеу керек</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="318" />
            <location filename="../../desktop/importer/wizard.py" line="337" />
            <source>No row looks like a person already recorded.</source>
            <translation>Бірде-бір жол бұрыннан жазылған адамға ұқсамайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="319" />
            <source>Skip them all</source>
            <translation>Барлығын өткізіп жіберу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="320" />
            <source>Create them all anyway</source>
            <translation>Бәрібір барлығын құру</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="349" />
            <source>Skip this row</source>
            <translation>Жолды өткізіп жіберу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="350" />
            <source>Add to the person recorded</source>
            <translation>Жазылған адамға қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="351" />
            <source>Add to the person of that row</source>
            <translation>Сол жолдағы адамға қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="352" />
            <source>Create a new person anyway</source>
            <translation>Бәрібір жаңа адам құру</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="64" />
            <source>Which file?</source>
            <translation>Қай файл?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="65" />
            <source>An Excel workbook (.xlsx) or a CSV file. Qamqor finds the header row, the encoding and the separator itself, and shows what it found.</source>
            <translation>Excel кітабы (.xlsx) немесе CSV файлы. Qamqor тақырып жолын, кодтауды және бөлгішті өзі табады және тапқанын көрсетеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="69" />
            <source>The file to import</source>
            <translation>Импортталатын файл</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="70" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="71" />
            <source>Read</source>
            <translation>Оқу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="73" />
            <source>Save an empty template…</source>
            <translation>Бос үлгіні сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="79" />
            <source>Day before month: 05.03.2024 is 5 March 2024</source>
            <translation>Алдымен күн: 05.03.2024 — 2024 жылғы 5 наурыз</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="80" />
            <source>Month before day: 03/05/2024 is 5 March 2024</source>
            <translation>Алдымен ай: 03/05/2024 — 2024 жылғы 5 наурыз</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="88" />
            <source>Dates such as 05/03/2024 are read as:</source>
            <translation>05/03/2024 сияқты күндер былай оқылады:</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="98" />
            <source>Import from spreadsheet</source>
            <translation>Кестеден импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="99" />
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
            <translation>Кестелер (*.xlsx *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="109" />
            <source>Reading…</source>
            <translation>Оқылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="117" />
            <source>Reading the file…</source>
            <translation>Файл оқылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>semicolon (;)</source>
            <translation>нүктелі үтір (;)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>comma (,)</source>
            <translation>үтір (,)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="127" />
            <source>{0}: {1}, separated by {2}.</source>
            <translation>{0}: {1}, бөлгіш — {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="129" />
            <source>{0}: sheet “{1}”.</source>
            <translation>{0}: «{1}» парағы.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="130" />
            <source>Headers on row {0}; {1} rows below them.</source>
            <translation>Тақырыптар {0}-жолда; төменде {1} жол.</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <location filename="../../desktop/importer/history.py" line="19" />
            <source>Import history</source>
            <translation>Импорт тарихы</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>Started</source>
            <translation>Басталды</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>By</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Persons</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="22" />
            <source>Resume at row</source>
            <translation>Жалғастыру жолы</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="25" />
            <source>Undo the chosen import…</source>
            <translation>Таңдалған импортты болдырмау…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="28" />
            <source>Undoing an import archives every person, document, case, stay and note it created (nothing is deleted). Only a supervisor may undo an import.</source>
            <translation>Импортты болдырмау ол құрған барлық адамдарды, құжаттарды, істерді, болу кезеңдерін және ескертпелерді мұрағатқа жібереді (ештеңе жойылмайды). Импортты тек жетекші болдырмай алады.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>running</source>
            <translation>жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>complete</source>
            <translation>аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>cancelled</source>
            <translation>бас тартылды</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="49" />
            <source>stopped by an error</source>
            <translation>қатемен тоқтады</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="49" />
            <source>undone</source>
            <translation>толық болдырылмады</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="73" />
            <source>Undo import</source>
            <translation>Импортты болдырмау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="74" />
            <source>Archive everything the import of {0} created?</source>
            <translation>{0} файлының импорты құрғанның бәрін мұрағатқа жіберу керек пе?</translation>
        </message>
    </context>
    <context>
        <name>ImportMessages</name>
        <message>
            <location filename="../../desktop/importer/words.py" line="17" />
            <source>is not a date (write it as {0} or 2024-03-05)</source>
            <translation>күн емес ({0} немесе 2024-03-05 түрінде жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="19" />
            <source>is not a date: there is no such day (read as day.month.year)</source>
            <translation>күн емес: мұндай күн жоқ (күн.ай.жыл ретінде оқылды)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="21" />
            <source>is not a date: there is no such day (read as month/day/year)</source>
            <translation>күн емес: мұндай күн жоқ (ай/күн/жыл ретінде оқылды)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="22" />
            <source>is not a date</source>
            <translation>күн емес</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="24" />
            <source>'{0}' is not a country Qamqor knows (write its name in English, Russian or Kazakh, or its ISO code such as UZB)</source>
            <translation>«{0}» — Qamqor білмейтін ел (атауын қазақша, орысша немесе ағылшынша, не ISO кодын жазыңыз, мысалы UZB)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="27" />
            <source>is not a value Qamqor knows (one of: {0}, in English, Russian or Kazakh)</source>
            <translation>Qamqor білмейтін мән (мыналардың бірі: {0}, қазақша, орысша немесе ағылшынша)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="30" />
            <source>needs at least a family name and a given name</source>
            <translation>кемінде тегі мен аты керек</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="32" />
            <source>is required when the row gives an exit date, basis or border crossing</source>
            <translation>жолда шыққан күні, негізі немесе өткізу пункті болса, міндетті</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="34" />
            <source>is required to keep the row's note (a note belongs to a case)</source>
            <translation>жолдың ескертпесін сақтау үшін міндетті (ескертпе іске жатады)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="36" />
            <source>no column is mapped to the family name (or full name)</source>
            <translation>тегіне (немесе аты-жөніне) бірде-бір баған сәйкестендірілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="37" />
            <source>same IIN</source>
            <translation>ЖСН бірдей</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="38" />
            <source>same document number</source>
            <translation>құжат нөмірі бірдей</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="39" />
            <source>same name and date of birth</source>
            <translation>аты-жөні мен туған күні бірдей</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="40" />
            <source>row {0}</source>
            <translation>{0}-жол</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="42" />
            <source>a person recorded in a case you may not see</source>
            <translation>сізге қолжетімсіз іске жазылған адам</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="43" />
            <source>{0}, born {1}</source>
            <translation>{0}, туған күні {1}</translation>
        </message>
        <message>
            <source>is after today: a list records entries that happened (enter a planned trip in the case)</source>
            <translation>бүгіннен кейін: тізімге болған кірулер жазылады (жоспарланған сапарды істе енгізіңіз)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="375" />
            <location filename="../../desktop/importer/wizard.py" line="380" />
            <source>Import</source>
            <translation>Импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="376" />
            <source>Rows are written in batches. Cancel stops after the batch being written; everything before it stays imported.</source>
            <translation>Жолдар бөліктермен жазылады. Бас тарту ағымдағы бөліктен кейін тоқтатады; оған дейін жазылғанның бәрі сақталады.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="382" />
            <source>Cancel import</source>
            <translation>Импорттан бас тарту</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="389" />
            <source>Undo this import</source>
            <translation>Осы импортты толығымен болдырмау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="413" />
            <source>{0} rows will be imported; {1} skipped as likely duplicates and {2} with problems are left out.</source>
            <translation>Импортталатын жолдар: {0}; ықтимал қайталану ретінде өткізілетіні: {1}; қатесі барлар кірмейді: {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="447" />
            <source>Imported: {0} new persons, {1} added to persons already recorded; {2} cases, {3} stays, {4} documents. {5} rows skipped.</source>
            <translation>Импортталды: жаңа адамдар — {0}, бұрыннан жазылғандарға қосылды — {1}; істер — {2}, болу кезеңдері — {3}, құжаттар — {4}. Өткізілген жолдар: {5}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="452" />
            <source>{0} stays were left out: they overlap stays already recorded for the same person.</source>
            <translation>Қосылмаған болу кезеңдері: {0} — олар осы адамның бұрыннан жазылған болу кезеңдерімен қиылысады.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="455" />
            <source>Cancelled: the rows from row {0} on were not imported.</source>
            <translation>Бас тартылды: {0}-жолдан бастап импортталмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="457" />
            <source>Stopped by an error at row {0} ({1}): everything before it is imported; import the file again from row {0}.</source>
            <translation>{0}-жолдағы қатемен тоқтады ({1}): оған дейінгінің бәрі импортталды; файлды {0}-жолдан бастап қайта импорттаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="475" />
            <source>The import was undone: {0} records archived.</source>
            <translation>Импорт болдырылмады: мұрағатқа жіберілген жазбалар — {0}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="487" />
            <source>Import from spreadsheet</source>
            <translation>Кестеден импорттау</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="21" />
            <source>&amp;Import from spreadsheet…</source>
            <translation>Кестеден &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="23" />
            <source>Import &amp;template…</source>
            <translation>Импорт &amp;үлгісі…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="25" />
            <source>Import &amp;history…</source>
            <translation>Импорт &amp;тарихы…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="57" />
            <source>Save the import template</source>
            <translation>Импорт үлгісін сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="73" />
            <source>Import</source>
            <translation>Импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="74" />
            <source>The file could not be saved: {0}</source>
            <translation>Файлды сақтау мүмкін болмады: {0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="153" />
            <source>Which column is which?</source>
            <translation>Қай баған не білдіреді?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="154" />
            <source>Qamqor guessed from the headers. Change what it got wrong; columns left at “Not imported” are listed below.</source>
            <translation>Qamqor тақырыптар бойынша анықтады. Қате жерін түзетіңіз; «Импортталмайды» бағандары төменде көрсетілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Examples</source>
            <translation>Мысалдар</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Qamqor field</source>
            <translation>Qamqor өрісі</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="161" />
            <source>Name, e.g. Almaty monthly list</source>
            <translation>Атауы, мысалы «Алматының айлық тізімі»</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="162" />
            <source>Save mapping</source>
            <translation>Сәйкестендіруді сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="164" />
            <source>Put the columns not imported into the case's note</source>
            <translation>Импортталмайтын бағандарды іс ескертпесіне жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="170" />
            <source>Saved mappings:</source>
            <translation>Сақталған сәйкестендірулер:</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="191" />
            <source>(guessed from the headers)</source>
            <translation>(тақырыптар бойынша)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="215" />
            <source>Not imported</source>
            <translation>Импортталмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="231" />
            <source>Not imported: {0}</source>
            <translation>Импортталмайды: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="232" />
            <source>Every column is imported.</source>
            <translation>Барлық бағандар импортталады.</translation>
        </message>
    </context>
</TS>
