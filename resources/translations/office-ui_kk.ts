<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Choose the outcome…</source>
        <translation>Шешімді таңдаңыз…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — Qamqor</source>
        <translation>Басқару тақтасы — Qamqor</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Басқару &amp;тақтасы</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a case by name…</source>
        <translation>Істі аты бойынша табу…</translation>
    </message>
    <message numerus="yes">
        <source>Hand %n case(s) over to {0}?</source>
        <translation>
            <numerusform>%n істі {0} қызметкеріне беру керек пе?</numerusform>
            <numerusform>%n істі {0} қызметкеріне беру керек пе?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n case(s) away from their caseworker, leaving them unassigned?</source>
        <translation>
            <numerusform>%n істі қызметкерден алып, ешкімге бекітпей қалдыру керек пе?</numerusform>
            <numerusform>%n істі қызметкерден алып, ешкімге бекітпей қалдыру керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Істерді беру</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Беру</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>Work category</source>
        <translation>Рұқсат санаты</translation>
    </message>
</context>
</TS>
