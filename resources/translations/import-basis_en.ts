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
</TS>
