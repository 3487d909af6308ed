<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountMenus</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Office settings…</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Supervisor + administrator</source>
        <translation>Supervisor + administrator</translation>
    </message>
    <message>
        <source>Caseworker + administrator</source>
        <translation>Caseworker + administrator</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked (wrong passwords)</source>
        <translation>Locked (wrong passwords)</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>No password yet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>The password is too short: use at least {0} characters.</source>
        <translation>The password is too short: use at least {0} characters.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>First password</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>First password again</translation>
    </message>
    <message>
        <source>Give the first password to the person; they change it with File › Change password.</source>
        <translation>Give the first password to the person; they change it with File › Change password.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Choose a new password of at least {0} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Choose a new password of at least {0} characters: a few words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least {0} characters.</source>
        <translation>The new password is too short: use at least {0} characters.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Your password is changed.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The window was locked after a while without use. Enter your password to continue.</source>
        <translation>The window was locked after a while without use. Enter your password to continue.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Letterhead (printed at the top of every referral letter)</source>
        <translation>Letterhead (printed at the top of every referral letter)</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>As letters print it where no name in the letter's language is given</source>
        <translation>As letters print it where no name in the letter's language is given</translation>
    </message>
    <message>
        <source>Kazakh letters</source>
        <translation>Kazakh letters</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Russian letters</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>English letters</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address (any language)</source>
        <translation>Address (any language)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Lock the window after</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minutes without use</translation>
    </message>
    <message>
        <source>A referral's answer is due soon after</source>
        <translation>A referral's answer is due soon after</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>A referral's answer is overdue after</source>
        <translation>A referral's answer is overdue after</translation>
    </message>
    <message>
        <source>Give the office's name first: the other details of the letterhead need it.</source>
        <translation>Give the office's name first: the other details of the letterhead need it.</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>The office settings are saved.</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Reset the password of {0}</translation>
    </message>
    <message>
        <source>{0} signs in with this password (the account is unlocked too) and should change it after.</source>
        <translation>{0} signs in with this password (the account is unlocked too) and should change it after.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {0}</source>
        <translation>Change the role of {0}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>A caseworker sees the cases assigned or shared to them; a supervisor sees every case; an administrator manages accounts and settings.</source>
        <translation>A caseworker sees the cases assigned or shared to them; a supervisor sees every case; an administrator manages accounts and settings.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>The account {0} is created.</source>
        <translation>The account {0} is created.</translation>
    </message>
    <message>
        <source>{0} has a new role.</source>
        <translation>{0} has a new role.</translation>
    </message>
    <message>
        <source>{0} has a new password.</source>
        <translation>{0} has a new password.</translation>
    </message>
    <message>
        <source>{0} may sign in again.</source>
        <translation>{0} may sign in again.</translation>
    </message>
    <message>
        <source>{0} is active again.</source>
        <translation>{0} is active again.</translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation>Deactivate an account</translation>
    </message>
    <message>
        <source>{0} will no longer be able to sign in. Their name stays on what they did, and the account can be reactivated later.</source>
        <translation>{0} will no longer be able to sign in. Their name stays on what they did, and the account can be reactivated later.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} is deactivated.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
</TS>
