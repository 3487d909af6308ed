<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>CaseloadModel</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day</numerusform>
                <numerusform>Due within %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day</numerusform>
                <numerusform>Due within %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>first day in force</source>
            <translation>first day in force</translation>
        </message>
    </context>
    <context>
        <name>ServiceActions</name>
        <message>
            <source>link family members</source>
            <translation>link family members</translation>
        </message>
        <message>
            <source>export anonymous trafficking data</source>
            <translation>export anonymous trafficking data</translation>
        </message>
        <message>
            <source>record the facts of a trafficking case</source>
            <translation>record the facts of a trafficking case</translation>
        </message>
        <message>
            <source>read the facts of a trafficking case</source>
            <translation>read the facts of a trafficking case</translation>
        </message>
        <message>
            <source>revoke a device</source>
            <translation>revoke a device</translation>
        </message>
        <message>
            <source>see where cases came from</source>
            <translation>see where cases came from</translation>
        </message>
        <message>
            <source>change the office's details</source>
            <translation>change the office's details</translation>
        </message>
        <message>
            <source>change the service directory</source>
            <translation>change the service directory</translation>
        </message>
        <message>
            <source>add a rule version</source>
            <translation>add a rule version</translation>
        </message>
        <message>
            <source>change a user's roles</source>
            <translation>change a user's roles</translation>
        </message>
        <message>
            <source>change the office's settings</source>
            <translation>change the office's settings</translation>
        </message>
        <message>
            <source>create users</source>
            <translation>create users</translation>
        </message>
        <message>
            <source>deactivate user accounts</source>
            <translation>deactivate user accounts</translation>
        </message>
        <message>
            <source>manage user accounts</source>
            <translation>manage user accounts</translation>
        </message>
        <message>
            <source>reactivate user accounts</source>
            <translation>reactivate user accounts</translation>
        </message>
        <message>
            <source>reset passwords</source>
            <translation>reset passwords</translation>
        </message>
        <message>
            <source>unlock user accounts</source>
            <translation>unlock user accounts</translation>
        </message>
        <message>
            <source>record an employer</source>
            <translation>record an employer</translation>
        </message>
        <message>
            <source>archive a screening</source>
            <translation>archive a screening</translation>
        </message>
        <message>
            <source>check whether a person is already recorded</source>
            <translation>check whether a person is already recorded</translation>
        </message>
        <message>
            <source>open or edit a case</source>
            <translation>open or edit a case</translation>
        </message>
        <message>
            <source>print a referral letter</source>
            <translation>print a referral letter</translation>
        </message>
        <message>
            <source>record a person</source>
            <translation>record a person</translation>
        </message>
        <message>
            <source>record a screening</source>
            <translation>record a screening</translation>
        </message>
        <message>
            <source>record an assessment</source>
            <translation>record an assessment</translation>
        </message>
        <message>
            <source>record consent</source>
            <translation>record consent</translation>
        </message>
        <message>
            <source>record the withdrawal of consent</source>
            <translation>record the withdrawal of consent</translation>
        </message>
        <message>
            <source>see the deadline alerts</source>
            <translation>see the deadline alerts</translation>
        </message>
        <message>
            <source>see the import history</source>
            <translation>see the import history</translation>
        </message>
        <message>
            <source>export statistics</source>
            <translation>export statistics</translation>
        </message>
        <message>
            <source>read a case's history</source>
            <translation>read a case's history</translation>
        </message>
        <message>
            <source>reassign cases</source>
            <translation>reassign cases</translation>
        </message>
        <message>
            <source>see the caseloads</source>
            <translation>see the caseloads</translation>
        </message>
        <message>
            <source>undo an import</source>
            <translation>undo an import</translation>
        </message>
        <message>
            <source>import from a spreadsheet</source>
            <translation>import from a spreadsheet</translation>
        </message>
        <message>
            <source>change a referral</source>
            <translation>change a referral</translation>
        </message>
        <message>
            <source>refer a person</source>
            <translation>refer a person</translation>
        </message>
        <message>
            <source>change the labour quota</source>
            <translation>change the labour quota</translation>
        </message>
        <message>
            <source>see the labour quota</source>
            <translation>see the labour quota</translation>
        </message>
        <message>
            <source>check employers</source>
            <translation>check employers</translation>
        </message>
        <message>
            <source>record an employer's staff</source>
            <translation>record an employer's staff</translation>
        </message>
        <message>
            <source>see employers' staff figures</source>
            <translation>see employers' staff figures</translation>
        </message>
        <message>
            <source>review likely duplicates</source>
            <translation>review likely duplicates</translation>
        </message>
        <message>
            <source>merge two records of a person</source>
            <translation>merge two records of a person</translation>
        </message>
        <message>
            <source>undo a merge</source>
            <translation>undo a merge</translation>
        </message>
        <message>
            <source>run the statistics</source>
            <translation>run the statistics</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>a person cannot be linked to themselves</source>
            <translation>a person cannot be linked to themselves</translation>
        </message>
        <message>
            <source>these two persons are already linked: change that link instead</source>
            <translation>these two persons are already linked: change that link instead</translation>
        </message>
        <message>
            <source>These two persons were already linked at the office (on another computer): this second link of them was not added.</source>
            <translation>These two persons were already linked at the office (on another computer): this second link of them was not added.</translation>
        </message>
        <message>
            <source>is not linked to the person as a parent or guardian (link them in the family panel first)</source>
            <translation>is not linked to the person as a parent or guardian (link them in the family panel first)</translation>
        </message>
        <message>
            <source>say in a sentence why the referral is in the child's best interest</source>
            <translation>say in a sentence why the referral is in the child's best interest</translation>
        </message>
        <message>
            <source>{name} is a minor: a referral is sent with the consent of a parent or guardian linked to the child in the family panel, or with a recorded reason why it is in the child's best interest.</source>
            <translation>{name} is a minor: a referral is sent with the consent of a parent or guardian linked to the child in the family panel, or with a recorded reason why it is in the child's best interest.</translation>
        </message>
        <message>
            <source>is required: the day the person was found to be a victim (or not)</source>
            <translation>is required: the day the person was found to be a victim (or not)</translation>
        </message>
        <message>
            <source>goes with an identification status: choose the status first</source>
            <translation>goes with an identification status: choose the status first</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>The period ends ({end}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>k must be at least 1 (it was {k}).</source>
            <translation>k must be at least 1 (it was {k}).</translation>
        </message>
        <message>
            <source>There is no such device.</source>
            <translation>There is no such device.</translation>
        </message>
        <message>
            <source>Your account is no longer active, so nothing can be undone.</source>
            <translation>Your account is no longer active, so nothing can be undone.</translation>
        </message>
        <message>
            <source>This step cannot be undone here.</source>
            <translation>This step cannot be undone here.</translation>
        </message>
        <message>
            <source>This step cannot be undone: its record is no longer in the database.</source>
            <translation>This step cannot be undone: its record is no longer in the database.</translation>
        </message>
        <message>
            <source>This step cannot be undone: the audit trail does not hold it.</source>
            <translation>This step cannot be undone: the audit trail does not hold it.</translation>
        </message>
        <message>
            <source>Only the person who made a change can undo it.</source>
            <translation>Only the person who made a change can undo it.</translation>
        </message>
        <message>
            <source>Choose the value in the record or the other value.</source>
            <translation>Choose the value in the record or the other value.</translation>
        </message>
        <message>
            <source>There is no such conflict (it may have been resolved on another computer).</source>
            <translation>There is no such conflict (it may have been resolved on another computer).</translation>
        </message>
        <message>
            <source>You may not resolve this conflict: its case is not yours.</source>
            <translation>You may not resolve this conflict: its case is not yours.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>This conflict was already resolved.</translation>
        </message>
        <message>
            <source>The record this value belongs to is not here; keep the value in the record.</source>
            <translation>The record this value belongs to is not here; keep the value in the record.</translation>
        </message>
        <message>
            <source>There is no {what} with this id (it may have been archived).</source>
            <translation>There is no {what} with this id (it may have been archived).</translation>
        </message>
        <message>
            <source>There is no referral with reference {reference}.</source>
            <translation>There is no referral with reference {reference}.</translation>
        </message>
        <message>
            <source>There is no import with this id.</source>
            <translation>There is no import with this id.</translation>
        </message>
        <message>
            <source>This {what} was changed by someone else after you opened it, so your changes were not saved (nothing was overwritten). Reopen it to see the current version, then enter your changes again.</source>
            <translation>This {what} was changed by someone else after you opened it, so your changes were not saved (nothing was overwritten). Reopen it to see the current version, then enter your changes again.</translation>
        </message>
        <message>
            <source>The database is busy with another Qamqor window. Try again in a moment.</source>
            <translation>The database is busy with another Qamqor window. Try again in a moment.</translation>
        </message>
        <message>
            <source>A record this one refers to does not exist (it may have been removed).</source>
            <translation>A record this one refers to does not exist (it may have been removed).</translation>
        </message>
        <message>
            <source>Only {roles} may {doing}.</source>
            <translation>Only {roles} may {doing}.</translation>
        </message>
        <message>
            <source>You may not open this case: it is not assigned or shared to you.</source>
            <translation>You may not open this case: it is not assigned or shared to you.</translation>
        </message>
        <message>
            <source>You may not open this person's records: none of their cases is assigned or shared to you.</source>
            <translation>You may not open this person's records: none of their cases is assigned or shared to you.</translation>
        </message>
        <message>
            <source>Only a supervisor may assign a case to another caseworker.</source>
            <translation>Only a supervisor may assign a case to another caseworker.</translation>
        </message>
        <message>
            <source>Only the case's own caseworker or a supervisor may share it.</source>
            <translation>Only the case's own caseworker or a supervisor may share it.</translation>
        </message>
        <message>
            <source>A sensitive case cannot be shared: a supervisor can reassign it instead.</source>
            <translation>A sensitive case cannot be shared: a supervisor can reassign it instead.</translation>
        </message>
        <message>
            <source>Exports are CSV or XLSX files, not '{suffix}'.</source>
            <translation>Exports are CSV or XLSX files, not '{suffix}'.</translation>
        </message>
        <message>
            <source>There is no folder {folder} to save the export in.</source>
            <translation>There is no folder {folder} to save the export in.</translation>
        </message>
        <message>
            <source>The export could not be written to {path}: {reason}.</source>
            <translation>The export could not be written to {path}: {reason}.</translation>
        </message>
        <message>
            <source>Qamqor is already set up: ask your administrator for an account.</source>
            <translation>Qamqor is already set up: ask your administrator for an account.</translation>
        </message>
        <message>
            <source>There is no active user '{username}'.</source>
            <translation>There is no active user '{username}'.</translation>
        </message>
        <message>
            <source>There is no user '{username}'.</source>
            <translation>There is no user '{username}'.</translation>
        </message>
        <message>
            <source>You cannot take away your own administrator role: ask another administrator.</source>
            <translation>You cannot take away your own administrator role: ask another administrator.</translation>
        </message>
        <message>
            <source>'{username}' is the only administrator: make someone else an administrator first.</source>
            <translation>'{username}' is the only administrator: make someone else an administrator first.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account: ask another administrator.</source>
            <translation>You cannot deactivate your own account: ask another administrator.</translation>
        </message>
        <message>
            <source>'{username}' is the only administrator and cannot be deactivated.</source>
            <translation>'{username}' is the only administrator and cannot be deactivated.</translation>
        </message>
        <message>
            <source>'{username}' is already active.</source>
            <translation>'{username}' is already active.</translation>
        </message>
        <message>
            <source>The user name or the password is not right.</source>
            <translation>The user name or the password is not right.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. Try again in {minutes} minute(s).</source>
            <translation>Too many wrong passwords. Try again in {minutes} minute(s).</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of history record ({kinds}).</source>
            <translation>'{kind}' is not a kind of history record ({kinds}).</translation>
        </message>
        <message>
            <source>Referral {reference} was already sent: it cannot be changed. Revoke it and make a new one.</source>
            <translation>Referral {reference} was already sent: it cannot be changed. Revoke it and make a new one.</translation>
        </message>
        <message>
            <source>Referral {reference} was sent: revoke it instead.</source>
            <translation>Referral {reference} was sent: revoke it instead.</translation>
        </message>
        <message>
            <source>Referral {reference} is already {status}.</source>
            <translation>Referral {reference} is already {status}.</translation>
        </message>
        <message>
            <source>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first.</source>
            <translation>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first.</translation>
        </message>
        <message>
            <source>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first, or send it with an emergency override and its reason.</source>
            <translation>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first, or send it with an emergency override and its reason.</translation>
        </message>
        <message>
            <source>Only a supervisor, or the assigned caseworker for an emergency referral, may send a referral without consent.</source>
            <translation>Only a supervisor, or the assigned caseworker for an emergency referral, may send a referral without consent.</translation>
        </message>
        <message>
            <source>Send a referral with send_referral: it checks the person's consent.</source>
            <translation>Send a referral with send_referral: it checks the person's consent.</translation>
        </message>
        <message>
            <source>Referral {reference} is {status}: it can next be {allowed}, not {wanted}.</source>
            <translation>Referral {reference} is {status}: it can next be {allowed}, not {wanted}.</translation>
        </message>
        <message>
            <source>Referral {reference} was revoked: its letter can no longer be printed.</source>
            <translation>Referral {reference} was revoked: its letter can no longer be printed.</translation>
        </message>
        <message>
            <source>Referral {reference} has no consent on record: its letter cannot be printed.</source>
            <translation>Referral {reference} has no consent on record: its letter cannot be printed.</translation>
        </message>
        <message>
            <source>The person withdrew the consent referral {reference} relied on ({day}): its letter can no longer be printed. Revoke the referral and tell the organisation.</source>
            <translation>The person withdrew the consent referral {reference} relied on ({day}): its letter can no longer be printed. Revoke the referral and tell the organisation.</translation>
        </message>
        <message>
            <source>This consent was already withdrawn on {day}.</source>
            <translation>This consent was already withdrawn on {day}.</translation>
        </message>
        <message>
            <source>There is no setting '{key}'. The settings are: {known}.</source>
            <translation>There is no setting '{key}'. The settings are: {known}.</translation>
        </message>
        <message>
            <source>The import of {file} was already undone.</source>
            <translation>The import of {file} was already undone.</translation>
        </message>
        <message>
            <source>Name: give the mapping a name of 1 to 100 characters.</source>
            <translation>Name: give the mapping a name of 1 to 100 characters.</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>is required</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>must not be empty</translation>
        </message>
        <message>
            <source>is too long (at most {max_length} characters)</source>
            <translation>is too long (at most {max_length} characters)</translation>
        </message>
        <message>
            <source>is not in the expected form</source>
            <translation>is not in the expected form</translation>
        </message>
        <message>
            <source>is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)</source>
            <translation>is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)</translation>
        </message>
        <message>
            <source>must be one of: {expected}</source>
            <translation>must be one of: {expected}</translation>
        </message>
        <message>
            <source>is not a valid record id</source>
            <translation>is not a valid record id</translation>
        </message>
        <message>
            <source>is not a field Qamqor knows</source>
            <translation>is not a field Qamqor knows</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <source>must be yes or no (true or false)</source>
            <translation>must be yes or no (true or false)</translation>
        </message>
        <message>
            <source>must be at least {ge}</source>
            <translation>must be at least {ge}</translation>
        </message>
        <message>
            <source>must be at most {le}</source>
            <translation>must be at most {le}</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>must be text</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>must be a list</translation>
        </message>
        <message>
            <source>must be an object with fields</source>
            <translation>must be an object with fields</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>must be between {first} and {last}</source>
            <translation>must be between {first} and {last}</translation>
        </message>
        <message>
            <source>must not contain a control character ({code}) (at character {at})</source>
            <translation>must not contain a control character ({code}) (at character {at})</translation>
        </message>
        <message>
            <source>must not contain a line break (at character {at})</source>
            <translation>must not contain a line break (at character {at})</translation>
        </message>
        <message>
            <source>'{code}' is not a country code (use ISO 3166-1 alpha-3, e.g. UZB; XXA for stateless)</source>
            <translation>'{code}' is not a country code (use ISO 3166-1 alpha-3, e.g. UZB; XXA for stateless)</translation>
        </message>
        <message>
            <source>must not be before the {other} ({day})</source>
            <translation>must not be before the {other} ({day})</translation>
        </message>
        <message>
            <source>is in the future ({day})</source>
            <translation>is in the future ({day})</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>is in the future</translation>
        </message>
        <message>
            <source>is required (only a permanent residence permit has no end date)</source>
            <translation>is required (only a permanent residence permit has no end date)</translation>
        </message>
        <message>
            <source>applies to work permits only</source>
            <translation>applies to work permits only</translation>
        </message>
        <message>
            <source>must be 12 digits with a correct control digit</source>
            <translation>must be 12 digits with a correct control digit</translation>
        </message>
        <message>
            <source>and the decision date go together: give both or neither</source>
            <translation>and the decision date go together: give both or neither</translation>
        </message>
        <message>
            <source>must be empty while the decision is pending</source>
            <translation>must be empty while the decision is pending</translation>
        </message>
        <message>
            <source>is required once the case is decided</source>
            <translation>is required once the case is decided</translation>
        </message>
        <message>
            <source>applies only to a person found liable</source>
            <translation>applies only to a person found liable</translation>
        </message>
        <message>
            <source>needs the decision date first</source>
            <translation>needs the decision date first</translation>
        </message>
        <message>
            <source>{values} is not a {what} Qamqor knows (one of: {allowed})</source>
            <translation>{values} is not a {what} Qamqor knows (one of: {allowed})</translation>
        </message>
        <message>
            <source>indicator {indicator} is answered twice</source>
            <translation>indicator {indicator} is answered twice</translation>
        </message>
        <message>
            <source>{indicator} is not an indicator of the screening</source>
            <translation>{indicator} is not an indicator of the screening</translation>
        </message>
        <message>
            <source>is required: name the officer, court or body that made this assessment</source>
            <translation>is required: name the officer, court or body that made this assessment</translation>
        </message>
        <message>
            <source>is required: consent to share data names the organisation it may go to</source>
            <translation>is required: consent to share data names the organisation it may go to</translation>
        </message>
        <message>
            <source>is required: say which parts of the case may be shared</source>
            <translation>is required: say which parts of the case may be shared</translation>
        </message>
        <message>
            <source>is required: verbal consent is given before a witness</source>
            <translation>is required: verbal consent is given before a witness</translation>
        </message>
        <message>
            <source>is required: choose the scanned signed form among the case's attachments</source>
            <translation>is required: choose the scanned signed form among the case's attachments</translation>
        </message>
        <message>
            <source>is not an attachment of this case</source>
            <translation>is not an attachment of this case</translation>
        </message>
        <message>
            <source>must not be before the consent was given ({day})</source>
            <translation>must not be before the consent was given ({day})</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>is not an e-mail address</translation>
        </message>
        <message>
            <source>choose at least one service</source>
            <translation>choose at least one service</translation>
        </message>
        <message>
            <source>say in a sentence why the referral cannot wait for consent</source>
            <translation>say in a sentence why the referral cannot wait for consent</translation>
        </message>
        <message>
            <source>must not be before the referral was sent ({day})</source>
            <translation>must not be before the referral was sent ({day})</translation>
        </message>
        <message>
            <source>is required: give the reason for the rejection</source>
            <translation>is required: give the reason for the rejection</translation>
        </message>
        <message>
            <source>is required: give why the referral is revoked</source>
            <translation>is required: give why the referral is revoked</translation>
        </message>
        <message>
            <source>does not match the date of birth ({day})</source>
            <translation>does not match the date of birth ({day})</translation>
        </message>
        <message>
            <source>the Latin spelling made from the name has {length} characters, more than 100: type a shorter Latin spelling</source>
            <translation>the Latin spelling made from the name has {length} characters, more than 100: type a shorter Latin spelling</translation>
        </message>
        <message>
            <source>is not a region of Kazakhstan (e.g. Карагандинская обл., г. Алматы)</source>
            <translation>is not a region of Kazakhstan (e.g. Карагандинская обл., г. Алматы)</translation>
        </message>
        <message>
            <source>cannot be more than the {total_field} in all ({total})</source>
            <translation>cannot be more than the {total_field} in all ({total})</translation>
        </message>
        <message>
            <source>is required when the case is closed</source>
            <translation>is required when the case is closed</translation>
        </message>
        <message>
            <source>needs the closing date too</source>
            <translation>needs the closing date too</translation>
        </message>
        <message>
            <source>overlaps the stay from {entry} to {exit}</source>
            <translation>overlaps the stay from {entry} to {exit}</translation>
        </message>
        <message>
            <source>overlaps the stay from {entry}, which has no exit: record its exit first</source>
            <translation>overlaps the stay from {entry}, which has no exit: record its exit first</translation>
        </message>
        <message>
            <source>is after the exit on {day}: the person was not in Kazakhstan that day</source>
            <translation>is after the exit on {day}: the person was not in Kazakhstan that day</translation>
        </message>
        <message>
            <source>the first account must be an administrator</source>
            <translation>the first account must be an administrator</translation>
        </message>
        <message>
            <source>'{username}' is already taken</source>
            <translation>'{username}' is already taken</translation>
        </message>
        <message>
            <source>is not right</source>
            <translation>is not right</translation>
        </message>
        <message>
            <source>must be from {low} to {high}</source>
            <translation>must be from {low} to {high}</translation>
        </message>
        <message>
            <source>must not be more than the overdue days</source>
            <translation>must not be more than the overdue days</translation>
        </message>
        <message>
            <source>is needed: set the office's name first</source>
            <translation>is needed: set the office's name first</translation>
        </message>
        <message>
            <source>give the day the service is planned for, or the day it was given</source>
            <translation>give the day the service is planned for, or the day it was given</translation>
        </message>
        <message>
            <source>needs the day the service was given</source>
            <translation>needs the day the service was given</translation>
        </message>
        <message>
            <source>is not a service of this referral's case</source>
            <translation>is not a service of this referral's case</translation>
        </message>
        <message>
            <source>services are recorded with the step "services delivered" only</source>
            <translation>services are recorded with the step "services delivered" only</translation>
        </message>
        <message>
            <source>choose the organisation from the directory or write its name, not both</source>
            <translation>choose the organisation from the directory or write its name, not both</translation>
        </message>
        <message>
            <source>must not be before the person was born ({day})</source>
            <translation>must not be before the person was born ({day})</translation>
        </message>
        <message>
            <source>caseworker</source>
            <translation>caseworker</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrator</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>the referral itself</source>
            <translation>the referral itself</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>service</source>
            <translation>service</translation>
        </message>
        <message>
            <source>part of a case</source>
            <translation>part of a case</translation>
        </message>
        <message>
            <source>language code</source>
            <translation>language code</translation>
        </message>
        <message>
            <source>A record cannot be merged into itself.</source>
            <translation>A record cannot be merged into itself.</translation>
        </message>
        <message>
            <source>These are not fields of a person: {fields}.</source>
            <translation>These are not fields of a person: {fields}.</translation>
        </message>
        <message>
            <source>This merge can no longer be undone: a record it moved was moved or changed again afterwards. Nothing was changed.</source>
            <translation>This merge can no longer be undone: a record it moved was moved or changed again afterwards. Nothing was changed.</translation>
        </message>
        <message>
            <source>{file} has changed, or was moved, since it was read and checked, so nothing was imported from it. Read it and check it again before importing.</source>
            <translation>{file} has changed, or was moved, since it was read and checked, so nothing was imported from it. Read it and check it again before importing.</translation>
        </message>
        <message>
            <source>The period ends on {last}, before it starts on {first}.</source>
            <translation>The period ends on {last}, before it starts on {first}.</translation>
        </message>
        <message>
            <source>The period from {first} to {last} is longer than three years: report on a shorter one.</source>
            <translation>The period from {first} to {last} is longer than three years: report on a shorter one.</translation>
        </message>
        <message>
            <source>A report is written as an .xlsx workbook or a .pdf document, not '{suffix}'.</source>
            <translation>A report is written as an .xlsx workbook or a .pdf document, not '{suffix}'.</translation>
        </message>
        <message>
            <source>These two records are linked to each other as relatives: they are two people, and cannot be merged.</source>
            <translation>These two records are linked to each other as relatives: they are two people, and cannot be merged.</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day</numerusform>
                <numerusform>Due within %n days</numerusform>
            </translation>
        </message>
    </context>
</TS>
