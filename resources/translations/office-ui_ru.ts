<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Choose the outcome…</source>
        <translation>Выберите решение…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — Qamqor</source>
        <translation>Панель — Qamqor</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Панель</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a case by name…</source>
        <translation>Найти дело по имени…</translation>
    </message>
    <message numerus="yes">
        <source>Hand %n case(s) over to {0}?</source>
        <translation>
            <numerusform>Передать %n дело сотруднику {0}?</numerusform>
            <numerusform>Передать %n дела сотруднику {0}?</numerusform>
            <numerusform>Передать %n дел сотруднику {0}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n case(s) away from their caseworker, leaving them unassigned?</source>
        <translation>
            <numerusform>Снять %n дело с сотрудника и оставить без исполнителя?</numerusform>
            <numerusform>Снять %n дела с сотрудника и оставить без исполнителя?</numerusform>
            <numerusform>Снять %n дел с сотрудника и оставить без исполнителя?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Передача дел</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Передать</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>Work category</source>
        <translation>Категория разрешения</translation>
    </message>
</context>
</TS>
