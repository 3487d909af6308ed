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
</TS>
