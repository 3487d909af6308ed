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
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/case_view/notes.py" />
            <source>this kind of</source>
            <translation>мұндай</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" />
            <source>The document cannot be shown</source>
            <translation>Құжатты көрсету мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" />
            <source>No program on this computer opens {0} files, so “{1}” cannot be shown. Install a viewer for them (for PDF files, a PDF reader), then open the document again.</source>
            <translation>Бұл компьютерде {0} файлдарын ашатын бағдарлама жоқ, сондықтан «{1}» көрсетілмейді. Оларды қарайтын бағдарламаны орнатыңыз (PDF файлдары үшін — PDF оқу бағдарламасы), сосын құжатты қайта ашыңыз.</translation>
        </message>
    </context>
</TS>
