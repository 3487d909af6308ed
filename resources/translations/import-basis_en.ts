<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Labels</name>
        <message>
            <source>Basis of stay missing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May be</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>may be {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Use for every row without a value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear these values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same value for the whole file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 05.03.2024</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Uzbekistan or UZB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For every row without a value: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file gives no basis of stay. Choose one for the whole file above, or the stays are imported with the basis “unknown”: no stay deadline is computed until someone records it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>For every row without a value: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(%n row(s))</source>
            <translation>
                <numerusform>(%n row)</numerusform>
                <numerusform>(%n rows)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) without a basis: imported with the basis “unknown”, no stay deadline is computed until someone records it (the case and the alerts say so).</source>
            <translation>
                <numerusform>%n stay without a basis: imported with the basis “unknown”, no stay deadline is computed until someone records it (the case and the alerts say so).</numerusform>
                <numerusform>%n stays without a basis: imported with the basis “unknown”, no stay deadline is computed until someone records it (the case and the alerts say so).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Has problems: not imported</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
