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
</TS>
