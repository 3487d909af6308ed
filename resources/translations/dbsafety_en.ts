<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The database file {0} is damaged ({1}): Qamqor cannot work in it, and has written nothing to it.</source>
            <translation>The database file {0} is damaged ({1}): Qamqor cannot work in it, and has written nothing to it.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Close Qamqor and restore the newest backup, {0}, with this command (what is there now is kept beside it):
{1}</source>
            <translation>Close Qamqor and restore the newest backup, {0}, with this command (what is there now is kept beside it):
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>No backup was found beside it in {0}. Close Qamqor and restore your newest backup with this command:
{1}</source>
            <translation>No backup was found beside it in {0}. Close Qamqor and restore your newest backup with this command:
{1}</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>{0} file</source>
            <translation>{0} file</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>Qamqor</source>
            <translation>Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>{0} is Qamqor's own database, which is open now: it cannot be attached, imported or written over. Choose another file.</source>
            <translation>{0} is Qamqor's own database, which is open now: it cannot be attached, imported or written over. Choose another file.</translation>
        </message>
    </context>
</TS>
