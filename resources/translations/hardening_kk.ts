<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The disk is full: nothing was saved.</source>
            <translation>Диск толып қалды: ештеңе сақталмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Free space and try again.</source>
            <translation>Дискіде орын босатып, қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>The database is in use by another program, which has held it for more than 10 seconds: nothing was saved.</source>
            <translation>Дерекқорды басқа бағдарлама 10 секундтан астам уақыт ұстап тұр: ештеңе сақталмады.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" />
            <source>Try again when it has finished.</source>
            <translation>Ол жұмысын аяқтаған соң қайталап көріңіз.</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" />
            <source>A person with this document is already recorded; ask your supervisor.</source>
            <translation>Бұл құжаты бар адам тіркелген; жетекшіңізге хабарласыңыз.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" />
            <source>A person with this document is already recorded; ask your supervisor.</source>
            <translation>Бұл құжаты бар адам тіркелген; жетекшіңізге хабарласыңыз.</translation>
        </message>
    </context>
</TS>
