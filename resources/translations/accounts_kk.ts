<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountMenus</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Құпиясөзді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Ә&amp;кімшілік</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Пайдаланушылар…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Кеңсе баптаулары…</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>Supervisor + administrator</source>
        <translation>Жетекші + әкімші</translation>
    </message>
    <message>
        <source>Caseworker + administrator</source>
        <translation>Маман + әкімші</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Іс жүргізуші маман</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Locked (wrong passwords)</source>
        <translation>Бұғатталған (қате құпиясөздер)</translation>
    </message>
    <message>
        <source>No password yet</source>
        <translation>Құпиясөз әлі жоқ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>The password is too short: use at least {0} characters.</source>
        <translation>Құпиясөз тым қысқа: кемінде {0} таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Екі құпиясөз бірдей емес.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Жаңа есептік жазба</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Алғашқы құпиясөз</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>Алғашқы құпиясөз тағы бір рет</translation>
    </message>
    <message>
        <source>Give the first password to the person; they change it with File › Change password.</source>
        <translation>Алғашқы құпиясөзді қызметкерге беріңіз; ол оны Файл › Құпиясөзді өзгерту мәзірінде ауыстырады.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Есептік жазба жасау</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Choose a new password of at least {0} characters: a few words are easy to remember and hard to guess.</source>
        <translation>Кемінде {0} таңбадан тұратын жаңа құпиясөз таңдаңыз: бірнеше сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Қазіргі құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөз тағы бір рет</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Қазіргі құпиясөз қате.</translation>
    </message>
    <message>
        <source>The new password is too short: use at least {0} characters.</source>
        <translation>Жаңа құпиясөз тым қысқа: кемінде {0} таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Екі жаңа құпиясөз бірдей емес.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Құпиясөзіңіз өзгертілді.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The window was locked after a while without use. Enter your password to continue.</source>
        <translation>Терезе біраз уақыт қолданылмағандықтан бұғатталды. Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Кеңсе баптаулары</translation>
    </message>
    <message>
        <source>Letterhead (printed at the top of every referral letter)</source>
        <translation>Бланк (әр жолдама хаттың басында басылады)</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Кеңсе атауы</translation>
    </message>
    <message>
        <source>As letters print it where no name in the letter's language is given</source>
        <translation>Хат тіліндегі атауы берілмесе, хаттар осылай басады</translation>
    </message>
    <message>
        <source>Kazakh letters</source>
        <translation>Қазақша хаттар</translation>
    </message>
    <message>
        <source>Russian letters</source>
        <translation>Орысша хаттар</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Ағылшынша хаттар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Address (any language)</source>
        <translation>Мекенжайы (кез келген тілде)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Терезені бұғаттау уақыты</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> минут әрекетсіз</translation>
    </message>
    <message>
        <source>A referral's answer is due soon after</source>
        <translation>Жолдамаға жауап мерзімі жақын — кейін</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>A referral's answer is overdue after</source>
        <translation>Жолдамаға жауап кешіккен — кейін</translation>
    </message>
    <message>
        <source>Give the office's name first: the other details of the letterhead need it.</source>
        <translation>Алдымен кеңсе атауын көрсетіңіз: бланктің басқа деректері соны қажет етеді.</translation>
    </message>
    <message>
        <source>The office settings are saved.</source>
        <translation>Кеңсе баптаулары сақталды.</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <source>Reset the password of {0}</source>
        <translation>{0} үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>{0} signs in with this password (the account is unlocked too) and should change it after.</source>
        <translation>{0} осы құпиясөзбен кіреді (есептік жазба да бұғаттан шығады), кейін оны өзгертуі керек.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Жаңа құпиясөз тағы бір рет</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of {0}</source>
        <translation>Рөлді өзгерту: {0}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>A caseworker sees the cases assigned or shared to them; a supervisor sees every case; an administrator manages accounts and settings.</source>
        <translation>Маман өзіне тапсырылған және өзімен бөліскен істерді көреді; жетекші барлық істерді көреді; әкімші есептік жазбалар мен баптауларды басқарады.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Жаңа есептік жазба…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Рөлді өзгерту…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Жаңа &amp;құпиясөз…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Қайта &amp;қосу</translation>
    </message>
    <message>
        <source>The account {0} is created.</source>
        <translation>{0} есептік жазбасы жасалды.</translation>
    </message>
    <message>
        <source>{0} has a new role.</source>
        <translation>{0} жаңа рөл алды.</translation>
    </message>
    <message>
        <source>{0} has a new password.</source>
        <translation>{0} жаңа құпиясөз алды.</translation>
    </message>
    <message>
        <source>{0} may sign in again.</source>
        <translation>{0} қайта кіре алады.</translation>
    </message>
    <message>
        <source>{0} is active again.</source>
        <translation>{0} қайта белсенді.</translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation>Есептік жазбаны өшіру</translation>
    </message>
    <message>
        <source>{0} will no longer be able to sign in. Their name stays on what they did, and the account can be reactivated later.</source>
        <translation>{0} енді кіре алмайды. Аты-жөні атқарған жұмысының жазбаларында қалады, есептік жазбаны кейін қайта қосуға болады.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0}: есептік жазба өшірілді.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Қате құпиясөз тым көп рет енгізілді. %n минуттан кейін қайталап көріңіз.</numerusform>
            <numerusform>Қате құпиясөз тым көп рет енгізілді. %n минуттан кейін қайталап көріңіз.</numerusform>
        </translation>
    </message>
</context>
</TS>
