<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Persons</source>
            <translation>&amp;Persons</translation>
        </message>
        <message>
            <source>Likely &amp;duplicates…</source>
            <translation>Likely &amp;duplicates…</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>The same IIN</source>
            <translation>The same IIN</translation>
        </message>
        <message>
            <source>The same document number</source>
            <translation>The same document number</translation>
        </message>
        <message>
            <source>The same name and date of birth</source>
            <translation>The same name and date of birth</translation>
        </message>
        <message>
            <source>The same name and year of birth</source>
            <translation>The same name and year of birth</translation>
        </message>
    </context>
    <context>
        <name>LikelyDuplicates</name>
        <message>
            <source>Likely duplicates — Qamqor</source>
            <translation>Likely duplicates — Qamqor</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Keep the first record</source>
            <translation>Keep the first record</translation>
        </message>
        <message>
            <source>Keep the second record</source>
            <translation>Keep the second record</translation>
        </message>
        <message>
            <source>Merge into the kept record</source>
            <translation>Merge into the kept record</translation>
        </message>
        <message>
            <source>Not the same person</source>
            <translation>Not the same person</translation>
        </message>
        <message>
            <source>Undo the merge</source>
            <translation>Undo the merge</translation>
        </message>
        <message>
            <source>Where the records differ, choose the value to keep. Everything recorded on the other record (documents, stays, registrations, permits, contracts, cases with their notes, screenings and referrals) moves to the kept one; the other record is archived.</source>
            <translation>Where the records differ, choose the value to keep. Everything recorded on the other record (documents, stays, registrations, permits, contracts, cases with their notes, screenings and referrals) moves to the kept one; the other record is archived.</translation>
        </message>
        <message>
            <source>Looking for likely duplicates across the office…</source>
            <translation>Looking for likely duplicates across the office…</translation>
        </message>
        <message>
            <source>Looking for likely duplicates…</source>
            <translation>Looking for likely duplicates…</translation>
        </message>
        <message numerus="yes">
            <source>%n likely pair(s): the same person recorded twice, or two people?</source>
            <translation>
                <numerusform>%n likely pair: the same person recorded twice, or two people?</numerusform>
                <numerusform>%n likely pairs: the same person recorded twice, or two people?</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates were found.</source>
            <translation>No likely duplicates were found.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>First record</source>
            <translation>First record</translation>
        </message>
        <message>
            <source>Second record</source>
            <translation>Second record</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Value to keep</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>First</source>
            <translation>First</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Second</translation>
        </message>
        <message numerus="yes">
            <source>Merged into {0}: %n record(s) moved.</source>
            <translation>
                <numerusform>Merged into {0}: %n record moved.</numerusform>
                <numerusform>Merged into {0}: %n records moved.</numerusform>
            </translation>
        </message>
        <message>
            <source>The merge was undone: both records are as they were.</source>
            <translation>The merge was undone: both records are as they were.</translation>
        </message>
        <message>
            <source>Marked as two people: the pair will not be shown again.</source>
            <translation>Marked as two people: the pair will not be shown again.</translation>
        </message>
    </context>
</TS>
