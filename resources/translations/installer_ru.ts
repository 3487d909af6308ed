<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="221" />
            <source>Qamqor, version {0}</source>
            <translation>Qamqor, версия {0}</translation>
        </message>
    </context>
</TS>
