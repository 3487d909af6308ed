<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The disk is full: nothing was saved.</source>
            <translation>Диск заполнен: ничего не сохранено.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Free space and try again.</source>
            <translation>Освободите место на диске и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The database is in use by another program, which has held it for more than 10 seconds: nothing was saved.</source>
            <translation>База данных занята другой программой уже более 10 секунд: ничего не сохранено.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Try again when it has finished.</source>
            <translation>Попробуйте снова, когда она закончит работу.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" />
            <source>A person with this document is already recorded; ask your supervisor.</source>
            <translation>Человек с этим документом уже записан; обратитесь к руководителю.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" />
            <source>A person with this document is already recorded; ask your supervisor.</source>
            <translation>Человек с этим документом уже записан; обратитесь к руководителю.</translation>
        </message>
    </context>
</TS>
