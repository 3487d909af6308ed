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
    <context>
        <name>UsersDialog</name>
        <message>
            <location filename="../../desktop/admin/users.py" />
            <source>You cannot deactivate your own account: ask another administrator.</source>
            <translation>Өз тіркелгіңізді өшіре алмайсыз: басқа әкімшіден сұраңыз.</translation>
        </message>
    </context>
</TS>
