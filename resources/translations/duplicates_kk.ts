<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Persons</source>
            <translation>&amp;Адамдар</translation>
        </message>
        <message>
            <source>Likely &amp;duplicates…</source>
            <translation>Ықтимал &amp;қайталанатын жазбалар…</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>The same IIN</source>
            <translation>Бірдей ЖСН</translation>
        </message>
        <message>
            <source>The same document number</source>
            <translation>Бірдей құжат нөмірі</translation>
        </message>
        <message>
            <source>The same name and date of birth</source>
            <translation>Аты-жөні мен туған күні бірдей</translation>
        </message>
        <message>
            <source>The same name and year of birth</source>
            <translation>Аты-жөні мен туған жылы бірдей</translation>
        </message>
    </context>
    <context>
        <name>LikelyDuplicates</name>
        <message>
            <source>Likely duplicates — Qamqor</source>
            <translation>Ықтимал қайталанатын жазбалар — Qamqor</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Адамдар</translation>
        </message>
        <message>
            <source>Keep the first record</source>
            <translation>Бірінші жазбаны қалдыру</translation>
        </message>
        <message>
            <source>Keep the second record</source>
            <translation>Екінші жазбаны қалдыру</translation>
        </message>
        <message>
            <source>Merge into the kept record</source>
            <translation>Қалатын жазбаға біріктіру</translation>
        </message>
        <message>
            <source>Not the same person</source>
            <translation>Бұлар әртүрлі адамдар</translation>
        </message>
        <message>
            <source>Undo the merge</source>
            <translation>Біріктіруден бас тарту</translation>
        </message>
        <message>
            <source>Where the records differ, choose the value to keep. Everything recorded on the other record (documents, stays, registrations, permits, contracts, cases with their notes, screenings and referrals) moves to the kept one; the other record is archived.</source>
            <translation>Жазбалар сәйкес келмейтін жерде қай мәнді қалдыру керектігін таңдаңыз. Екінші жазбада тіркелгеннің бәрі (құжаттар, болу кезеңдері, тіркеулер, рұқсаттар, шарттар, ескертпелері, сұхбаттары мен жолдамалары бар істер) қалатын жазбаға ауыстырылады; екінші жазба мұрағатқа жіберіледі.</translation>
        </message>
        <message>
            <source>Looking for likely duplicates across the office…</source>
            <translation>Бүкіл кеңседен ықтимал қайталанатын жазбаларды іздеу…</translation>
        </message>
        <message>
            <source>Looking for likely duplicates…</source>
            <translation>Ықтимал қайталанатын жазбаларды іздеу…</translation>
        </message>
        <message numerus="yes">
            <source>%n likely pair(s): the same person recorded twice, or two people?</source>
            <translation>
                <numerusform>%n ықтимал жұп: бір адам екі рет жазылған ба, әлде екі адам ба?</numerusform>
                <numerusform>%n ықтимал жұп: бір адам екі рет жазылған ба, әлде екі адам ба?</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates were found.</source>
            <translation>Ықтимал қайталанатын жазбалар табылмады.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Өріс</translation>
        </message>
        <message>
            <source>First record</source>
            <translation>Бірінші жазба</translation>
        </message>
        <message>
            <source>Second record</source>
            <translation>Екінші жазба</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Қалдырылатын мән</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Ашық істер</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Біріншісінің</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Екіншісінің</translation>
        </message>
        <message numerus="yes">
            <source>Merged into {0}: %n record(s) moved.</source>
            <translation>
                <numerusform>{0} жазбасына біріктірілді: %n жазба ауыстырылды.</numerusform>
                <numerusform>{0} жазбасына біріктірілді: %n жазба ауыстырылды.</numerusform>
            </translation>
        </message>
        <message>
            <source>The merge was undone: both records are as they were.</source>
            <translation>Біріктіруден бас тартылды: екі жазба да бұрынғыдай.</translation>
        </message>
        <message>
            <source>Marked as two people: the pair will not be shown again.</source>
            <translation>Екі түрлі адам деп белгіленді: бұл жұп енді көрсетілмейді.</translation>
        </message>
    </context>
</TS>
