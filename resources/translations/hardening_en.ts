<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The disk is full: nothing was saved.</source>
            <translation>The disk is full: nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Free space and try again.</source>
            <translation>Free space and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The database is in use by another program, which has held it for more than 10 seconds: nothing was saved.</source>
            <translation>The database is in use by another program, which has held it for more than 10 seconds: nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Try again when it has finished.</source>
            <translation>Try again when it has finished.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" />
            <source>A person with this document is already recorded; ask your supervisor.</source>
            <translation>A person with this document is already recorded; ask your supervisor.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" />
            <source>A person with this document is already recorded; ask your supervisor.</source>
            <translation>A person with this document is already recorded; ask your supervisor.</translation>
        </message>
    </context>
</TS>
