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
</TS>
