<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>FindBox</name>
        <message>
            <location filename="../../desktop/find_box.py" />
            <source>No one found for “{0}”. Check the spelling, or try the IIN or a document number.</source>
            <translation>«{0}» бойынша ешкім табылмады. Жазылуын тексеріңіз немесе ЖСН не құжат нөмірін көріңіз.</translation>
        </message>
    </context>
</TS>
