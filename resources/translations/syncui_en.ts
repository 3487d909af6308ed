<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConflictBanner</name>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>on {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this case collided: both values are kept until you choose one.</source>
        <translation>
            <numerusform>%n edit of this case collided: both values are kept until you choose one.</numerusform>
            <numerusform>%n edits of this case collided: both values are kept until you choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: see Sync › Conflicts.</source>
        <translation>
            <numerusform>%n more: see Sync › Conflicts.</numerusform>
            <numerusform>%n more: see Sync › Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the record:</source>
        <translation>In the record:</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
    <message>
        <source>The other value:</source>
        <translation>The other value:</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Use the other value</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>In the record</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>The other value</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Double-click one to open its case and choose the value to keep.</source>
        <translation>
            <numerusform>%n open conflict. Double-click it to open its case and choose the value to keep.</numerusform>
            <numerusform>%n open conflicts. Double-click one to open its case and choose the value to keep.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on two laptops has been merged.</source>
        <translation>No open conflicts: every edit made on two laptops has been merged.</translation>
    </message>
    <message>
        <source>In the record: {0}
The other: {1}</source>
        <translation>In the record: {0}
The other: {1}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation>Connect to the office</translation>
    </message>
    <message>
        <source>Your administrator gives you the office's address and reads out its fingerprint. Sign in with your office account: the cases you may see come to this laptop, and your work goes to the office whenever the office can be reached.</source>
        <translation>Your administrator gives you the office's address and reads out its fingerprint. Sign in with your office account: the cases you may see come to this laptop, and your work goes to the office whenever the office can be reached.</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Office address</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>This laptop's name</source>
        <translation>This laptop's name</translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation>Connecting to the office…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Fill in the office's address, its fingerprint, your user name and your password.</source>
        <translation>Fill in the office's address, its fingerprint, your user name and your password.</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Connect to an office…</source>
        <translation>Connect to an office…</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>Connect to &amp;office…</source>
        <translation>Connect to &amp;office…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send this laptop's changes to the office and receive the office's (F9)</source>
        <translation>Send this laptop's changes to the office and receive the office's (F9)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Connected to the office</source>
        <translation>Connected to the office</translation>
    </message>
    <message>
        <source>This laptop is connected to the office “{0}”. Sign in again, as {1}, with your office password.</source>
        <translation>This laptop is connected to the office “{0}”. Sign in again, as {1}, with your office password.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Office not reachable — working offline</source>
        <translation>Office not reachable — working offline</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>synced {0}</source>
        <translation>synced {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n change waiting to go</numerusform>
            <numerusform>%n changes waiting to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the office “{0}” as {1}</source>
        <translation>Connected to the office “{0}” as {1}</translation>
    </message>
    <message>
        <source>Sync: sending changes to the office ({0} of {1})</source>
        <translation>Sync: sending changes to the office ({0} of {1})</translation>
    </message>
    <message>
        <source>Sync: receiving from the office ({0} so far)</source>
        <translation>Sync: receiving from the office ({0} so far)</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>A sync is running already.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Syncing with the office…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are no longer on this laptop: they were reassigned or made confidential.</source>
        <translation>
            <numerusform>%n case is no longer on this laptop: it was reassigned or made confidential.</numerusform>
            <numerusform>%n cases are no longer on this laptop: they were reassigned or made confidential.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) collided with another's: see Sync › Conflicts.</source>
        <translation>
            <numerusform>%n edit collided with another's: see Sync › Conflicts.</numerusform>
            <numerusform>%n edits collided with others': see Sync › Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The office refused %n change(s) from this laptop: {0}</source>
        <translation>
            <numerusform>The office refused %n change from this laptop: {0}</numerusform>
            <numerusform>The office refused %n changes from this laptop: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The office found a gap in this laptop's audit trail and has told the administrator.</source>
        <translation>The office found a gap in this laptop's audit trail and has told the administrator.</translation>
    </message>
    <message>
        <source>Office sync</source>
        <translation>Office sync</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The office's certificate does not have the fingerprint you typed. Nothing was sent. Check the fingerprint with your administrator: someone may be pretending to be the office.</source>
        <translation>The office's certificate does not have the fingerprint you typed. Nothing was sent. Check the fingerprint with your administrator: someone may be pretending to be the office.</translation>
    </message>
    <message>
        <source>This is not a fingerprint: it is SHA256: followed by 64 letters and digits, as the administrator read it out.</source>
        <translation>This is not a fingerprint: it is SHA256: followed by 64 letters and digits, as the administrator read it out.</translation>
    </message>
    <message>
        <source>The office's address must look like https://office.local:8443 (https://, the name, a colon and the port).</source>
        <translation>The office's address must look like https://office.local:8443 (https://, the name, a colon and the port).</translation>
    </message>
    <message>
        <source>The office does not answer. Check that this laptop is on the office's network and the address is right, or try again later.</source>
        <translation>The office does not answer. Check that this laptop is on the office's network and the address is right, or try again later.</translation>
    </message>
    <message>
        <source>The office refused the user name or the password (or the account is locked for now).</source>
        <translation>The office refused the user name or the password (or the account is locked for now).</translation>
    </message>
    <message>
        <source>The office has revoked this laptop's access: the office's cases were removed from it, and the changes not yet sent were sealed for the administrator. Ask your administrator.</source>
        <translation>The office has revoked this laptop's access: the office's cases were removed from it, and the changes not yet sent were sealed for the administrator. Ask your administrator.</translation>
    </message>
    <message>
        <source>The office has deactivated this account: it can no longer sign in on this laptop. The changes not yet sent are kept for the administrator.</source>
        <translation>The office has deactivated this account: it can no longer sign in on this laptop. The changes not yet sent are kept for the administrator.</translation>
    </message>
    <message>
        <source>The office no longer knows this laptop: connect it to the office again.</source>
        <translation>The office no longer knows this laptop: connect it to the office again.</translation>
    </message>
    <message>
        <source>This database already holds cases of its own, which the office would never receive. Connect a new, empty database to the office.</source>
        <translation>This database already holds cases of its own, which the office would never receive. Connect a new, empty database to the office.</translation>
    </message>
    <message>
        <source>The office's answer could not be read. Try again later.</source>
        <translation>The office's answer could not be read. Try again later.</translation>
    </message>
    <message>
        <source>The office refused the request. Try again later, or ask your administrator.</source>
        <translation>The office refused the request. Try again later, or ask your administrator.</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>A record</translation>
    </message>
    <message>
        <source>{0} (the whole record)</source>
        <translation>{0} (the whole record)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
