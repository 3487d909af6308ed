<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>FamilyPanel</name>
        <message numerus="yes">
            <source>%n relative(s) recorded.</source>
            <translation>
                <numerusform>%n relative recorded.</numerusform>
                <numerusform>%n relatives recorded.</numerusform>
            </translation>
        </message>
    </context>
</TS>
