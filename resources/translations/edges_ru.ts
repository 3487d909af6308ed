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
</TS>
