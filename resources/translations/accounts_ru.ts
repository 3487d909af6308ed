<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountMenus</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>Настройки &amp;офиса…</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Supervisor + administrator</source>
        <translation>Руководитель + администратор</translation>
    </message>
    <message>
        <source>Caseworker + administrator</source>
        <translation>Специалист + администратор</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Специалист по делам</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Locked (wrong passwords)</source>
        <translation>Заблокирована (неверные пароли)</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Пароля ещё нет</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>The password is too short: use at least {0} characters.</source>
        <translation>Пароль слишком короткий: нужно не меньше {0} символов.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Два пароля не совпадают.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Первый пароль</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>Первый пароль ещё раз</translation>
    </message>
    <message>
        <source>Give the first password to the person; they change it with File › Change password.</source>
        <translation>Передайте первый пароль сотруднику; он сменит его в меню Файл › Сменить пароль.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Создать учётную запись</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Choose a new password of at least {0} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Выберите новый пароль не короче {0} символов: несколько слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least {0} characters.</source>
        <translation>Новый пароль слишком короткий: нужно не меньше {0} символов.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The window was locked after a while without use. Enter your password to continue.</source>
        <translation>Окно заблокировано, потому что им долго не пользовались. Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Пароль неверен.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Настройки офиса</translation>
    </message>
    <message>
        <source>Letterhead (printed at the top of every referral letter)</source>
        <translation>Бланк (печатается вверху каждого письма о направлении)</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Название офиса</translation>
    </message>
    <message>
        <source>As letters print it where no name in the letter's language is given</source>
        <translation>Так его печатают письма, если название на языке письма не указано</translation>
    </message>
    <message>
        <source>Kazakh letters</source>
        <translation>Письма на казахском</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Письма на русском</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Письма на английском</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address (any language)</source>
        <translation>Адрес (на любом языке)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Блокировать окно через</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> мин. без действий</translation>
    </message>
    <message>
        <source>A referral's answer is due soon after</source>
        <translation>Срок ответа на направление скоро — через</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>A referral's answer is overdue after</source>
        <translation>Ответ на направление просрочен через</translation>
    </message>
    <message>
        <source>Give the office's name first: the other details of the letterhead need it.</source>
        <translation>Сначала укажите название офиса: без него остальные данные бланка не сохранить.</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>Настройки офиса сохранены.</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Новый пароль для {0}</translation>
    </message>
    <message>
        <source>{0} signs in with this password (the account is unlocked too) and should change it after.</source>
        <translation>{0} входит с этим паролем (учётная запись также разблокируется) и потом должен сменить его.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {0}</source>
        <translation>Изменить роль: {0}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>A caseworker sees the cases assigned or shared to them; a supervisor sees every case; an administrator manages accounts and settings.</source>
        <translation>Специалист видит порученные ему дела и дела, к которым ему дали доступ; руководитель видит все дела; администратор управляет учётными записями и настройками.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Новая учётная запись…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Новый &amp;пароль…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Раз&amp;блокировать</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Включить снова</translation>
    </message>
    <message>
        <source>The account {0} is created.</source>
        <translation>Учётная запись {0} создана.</translation>
    </message>
    <message>
        <source>{0} has a new role.</source>
        <translation>У {0} новая роль.</translation>
    </message>
    <message>
        <source>{0} has a new password.</source>
        <translation>У {0} новый пароль.</translation>
    </message>
    <message>
        <source>{0} may sign in again.</source>
        <translation>{0} снова может войти.</translation>
    </message>
    <message>
        <source>{0} is active again.</source>
        <translation>{0} снова активен.</translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <source>{0} will no longer be able to sign in. Their name stays on what they did, and the account can be reactivated later.</source>
        <translation>{0} больше не сможет войти. Имя останется в записях о сделанной работе, а учётную запись можно будет включить снова.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0}: учётная запись отключена.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много неверных паролей. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много неверных паролей. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
</context>
</TS>
