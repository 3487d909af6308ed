<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Labels</name>
        <message>
            <source>Basis of stay missing</source>
            <translation>Болу негізі көрсетілмеген</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Rows</source>
            <translation>Жолдар</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Қателер</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Ықтимал қайталаулар</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Қате</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Қайдан табылды</translation>
        </message>
        <message>
            <source>May be</source>
            <translation>Мүмкін, бұл</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Неге</translation>
        </message>
        <message>
            <source>may be {0} ({1})</source>
            <translation>мүмкін, бұл {0} ({1})</translation>
        </message>
        <message>
            <source>the database</source>
            <translation>дерекқорда</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>файлда</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Use for every row without a value</source>
            <translation>Мәні жоқ жолдарға қою</translation>
        </message>
        <message>
            <source>Clear these values</source>
            <translation>Тазарту</translation>
        </message>
        <message>
            <source>Same value for the whole file:</source>
            <translation>Бүкіл файлға бір мән:</translation>
        </message>
        <message>
            <source>e.g. 05.03.2024</source>
            <translation>мысалы, 05.03.2024</translation>
        </message>
        <message>
            <source>e.g. Uzbekistan or UZB</source>
            <translation>мысалы, Өзбекстан немесе UZB</translation>
        </message>
        <message>
            <source>For every row without a value: {0}.</source>
            <translation>Мәні жоқ барлық жолға: {0}.</translation>
        </message>
        <message>
            <source>The file gives no basis of stay. Choose one for the whole file above, or the stays are imported with the basis “unknown”: no stay deadline is computed until someone records it.</source>
            <translation>Файлда болу негізі жоқ. Оны жоғарыда бүкіл файлға таңдаңыз — әйтпесе болу кезеңдері «белгісіз» негізімен импортталады: негізі көрсетілмейінше болу мерзімдері есептелмейді.</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>For every row without a value: {0}.</source>
            <translation>Мәні жоқ барлық жолға: {0}.</translation>
        </message>
        <message numerus="yes">
            <source>(%n row(s))</source>
            <translation>
                <numerusform>(%n жол)</numerusform>
                <numerusform>(%n жол)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) without a basis: imported with the basis “unknown”, no stay deadline is computed until someone records it (the case and the alerts say so).</source>
            <translation>
                <numerusform>Негізі жоқ %n болу кезеңі: «белгісіз» негізімен импортталады, негізі көрсетілмейінше болу мерзімдері есептелмейді (іс пен ескертулер бұл туралы айтады).</numerusform>
                <numerusform>Негізі жоқ %n болу кезеңі: «белгісіз» негізімен импортталады, негізі көрсетілмейінше болу мерзімдері есептелмейді (іс пен ескертулер бұл туралы айтады).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Has problems: not imported</source>
            <translation>Қателері бар: импортталмайды</translation>
        </message>
    </context>
</TS>
