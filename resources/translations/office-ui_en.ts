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
</TS>
