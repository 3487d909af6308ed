<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The database file {0} is damaged ({1}): Qamqor cannot work in it, and has written nothing to it.</source>
            <translation>{0} дерекқор файлы зақымданған ({1}): Qamqor онымен жұмыс істей алмайды және оған ештеңе жазған жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Close Qamqor and restore the newest backup, {0}, with this command (what is there now is kept beside it):
{1}</source>
            <translation>Qamqor-ды жабып, ең соңғы сақтық көшірмені, {0}, мына пәрменмен қалпына келтіріңіз (қазіргі файл қасында сақталады):
{1}</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>No backup was found beside it in {0}. Close Qamqor and restore your newest backup with this command:
{1}</source>
            <translation>Оның қасында, {0} ішінде, сақтық көшірме табылмады. Qamqor-ды жабып, ең соңғы сақтық көшірмеңізді мына пәрменмен қалпына келтіріңіз:
{1}</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>Folder</source>
            <translation>Қалта</translation>
        </message>
        <message>
            <location filename="../../desktop/file_dialogs.py" />
            <source>{0} file</source>
            <translation>{0} файлы</translation>
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
            <translation>{0} — Qamqor-дың өз дерекқоры, ол қазір ашық: оны тіркеуге, импорттауға немесе үстінен жазуға болмайды. Басқа файлды таңдаңыз.</translation>
        </message>
    </context>
</TS>
