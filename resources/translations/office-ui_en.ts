<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choose the outcome…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — Qamqor</source>
        <translation>Dashboard — Qamqor</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Find a case by name…</source>
        <translation>Find a case by name…</translation>
    </message>
    <message numerus="yes">
        <source>Hand %n case(s) over to {0}?</source>
        <translation>
            <numerusform>Hand %n case over to {0}?</numerusform>
            <numerusform>Hand %n cases over to {0}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %n case(s) away from their caseworker, leaving them unassigned?</source>
        <translation>
            <numerusform>Take %n case away from its caseworker, leaving it unassigned?</numerusform>
            <numerusform>Take %n cases away from their caseworker, leaving them unassigned?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign cases</source>
        <translation>Reassign cases</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>Work category</source>
        <translation>Work category</translation>
    </message>
</context>
</TS>
