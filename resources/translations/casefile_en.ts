<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CaseForm</name>
        <message>
            <source>(someone no longer in the list)</source>
            <translation>(someone no longer in the list)</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>This is not a date. Write it as {0} or 31122024.</source>
            <translation>This is not a date. Write it as {0} or 31122024.</translation>
        </message>
    </context>
    <context>
        <name>StayPlanner</name>
        <message numerus="yes">
            <source>The limit that binds: %n day(s) per entry.</source>
            <translation>
                <numerusform>The limit that binds: %n day per entry.</numerusform>
                <numerusform>The limit that binds: %n days per entry.</numerusform>
            </translation>
        </message>
        <message>
            <source>The limit that binds: 90 days per entry, because they register their place of stay within 30 days of entering (without registration: 30 days). Tell them to register in time.</source>
            <translation>The limit that binds: 90 days per entry, because they register their place of stay within 30 days of entering (without registration: 30 days). Tell them to register in time.</translation>
        </message>
        <message>
            <source>The limit that binds: at most 90 days in any 180-day period.</source>
            <translation>The limit that binds: at most 90 days in any 180-day period.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Visa expires</source>
            <translation>Visa expires</translation>
        </message>
        <message>
            <source>Temporary residence permit expires</source>
            <translation>Temporary residence permit expires</translation>
        </message>
        <message>
            <source>Permanent residence permit expires</source>
            <translation>Permanent residence permit expires</translation>
        </message>
        <message>
            <source>Work permit expires</source>
            <translation>Work permit expires</translation>
        </message>
        <message>
            <source>Patent expires</source>
            <translation>Patent expires</translation>
        </message>
        <message>
            <source>Refugee certificate expires</source>
            <translation>Refugee certificate expires</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate expires</source>
            <translation>Asylum-seeker certificate expires</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>The sources give no date from which the rule applies: Qamqor applies it to every date.</source>
            <translation>The sources give no date from which the rule applies: Qamqor applies it to every date.</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>How well it is verified:</source>
            <translation>How well it is verified:</translation>
        </message>
        <message>
            <source>Rule: {0}
In force: {1} – {2}

Source:
{3}</source>
            <translation>Rule: {0}
In force: {1} – {2}

Source:
{3}</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Opened on</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>No deadline</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>overlaps the stay from {0} to {1}</source>
            <translation>overlaps the stay from {0} to {1}</translation>
        </message>
        <message>
            <source>overlaps the stay from {0}, which has no exit: record its exit first</source>
            <translation>overlaps the stay from {0}, which has no exit: record its exit first</translation>
        </message>
        <message>
            <source>is after the exit on {0}: the person was not in Kazakhstan that day</source>
            <translation>is after the exit on {0}: the person was not in Kazakhstan that day</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Planned trip</source>
            <translation>Planned trip</translation>
        </message>
        <message>
            <source>Planned trip: entering {0} ({1})</source>
            <translation>Planned trip: entering {0} ({1})</translation>
        </message>
        <message>
            <source>leaving {0}</source>
            <translation>leaving {0}</translation>
        </message>
        <message>
            <source>leaving {0} (planned)</source>
            <translation>leaving {0} (planned)</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Archive note</source>
            <translation>Archive note</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Archive the attachment chosen: it is no longer listed, and stays in the database</source>
            <translation>Archive the attachment chosen: it is no longer listed, and stays in the database</translation>
        </message>
        <message>
            <source>someone no longer in the list</source>
            <translation>someone no longer in the list</translation>
        </message>
        <message>
            <source>Archive this note? It is no longer shown; the database and the case history keep it.</source>
            <translation>Archive this note? It is no longer shown; the database and the case history keep it.</translation>
        </message>
        <message>
            <source>Archive this attachment? It is no longer listed; the database keeps it.</source>
            <translation>Archive this attachment? It is no longer listed; the database keeps it.</translation>
        </message>
        <message>
            <source>Add a scanned document</source>
            <translation>Add a scanned document</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>e.g. Passport, pages 2 and 3</source>
            <translation>e.g. Passport, pages 2 and 3</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>AttachmentKind</name>
        <message>
            <source>Passport or identity document</source>
            <translation>Passport or identity document</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Permit or certificate</source>
            <translation>Permit or certificate</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Medical document</source>
            <translation>Medical document</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Other document</translation>
        </message>
    </context>
</TS>
