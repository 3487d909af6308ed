<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The database file {0} is damaged ({1}): Qamqor cannot work in it, and has written nothing to it.</source>
            <translation>Файл базы данных {0} повреждён ({1}): Qamqor не может с ним работать и ничего в него не записал.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Close Qamqor and restore the newest backup, {0}, with this command (what is there now is kept beside it):
{1}</source>
            <translation>Закройте Qamqor и восстановите последнюю резервную копию, {0}, этой командой (нынешний файл сохранится рядом):
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>No backup was found beside it in {0}. Close Qamqor and restore your newest backup with this command:
{1}</source>
            <translation>Рядом с ним, в {0}, резервных копий не найдено. Закройте Qamqor и восстановите свою последнюю резервную копию этой командой:
{1}</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>{0} file</source>
            <translation>Файл {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>Qamqor</source>
            <translation>Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>{0} is Qamqor's own database, which is open now: it cannot be attached, imported or written over. Choose another file.</source>
            <translation>{0} — собственная база данных Qamqor, она сейчас открыта: её нельзя прикрепить, импортировать или перезаписать. Выберите другой файл.</translation>
        </message>
    </context>
</TS>
