<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>FindBox</name>
        <message>
            <location filename="../../desktop/find_box.py" />
            <source>No one found for “{0}”. Check the spelling, or try the IIN or a document number.</source>
            <translation>Никто не найден по запросу «{0}». Проверьте написание или попробуйте ИИН либо номер документа.</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../desktop/admin/users.py" />
            <source>You cannot deactivate your own account: ask another administrator.</source>
            <translation>Нельзя отключить собственную учётную запись: попросите другого администратора.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/case_view/notes.py" />
            <source>this kind of</source>
            <translation>такие</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" />
            <source>The document cannot be shown</source>
            <translation>Документ нельзя показать</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" />
            <source>No program on this computer opens {0} files, so “{1}” cannot be shown. Install a viewer for them (for PDF files, a PDF reader), then open the document again.</source>
            <translation>На этом компьютере нет программы, открывающей файлы {0}, поэтому «{1}» нельзя показать. Установите программу просмотра (для файлов PDF — программу для чтения PDF) и откройте документ снова.</translation>
        </message>
    </context>
</TS>
