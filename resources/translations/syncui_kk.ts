<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ConflictBanner</name>
    <message>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>{0} құрылғысында</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this case collided: both values are kept until you choose one.</source>
        <translation>
            <numerusform>Осы істің %n түзетуі басқасымен қайшы келді: сіз біреуін таңдағанша екі мән де сақталады.</numerusform>
            <numerusform>Осы істің %n түзетуі басқаларымен қайшы келді: сіз біреуін таңдағанша екі мән де сақталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: see Sync › Conflicts.</source>
        <translation>
            <numerusform>Тағы %n: Синхрондау › Қайшылықтар бөлімін қараңыз.</numerusform>
            <numerusform>Тағы %n: Синхрондау › Қайшылықтар бөлімін қараңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the record:</source>
        <translation>Жазбада:</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Осыны қалдыру</translation>
    </message>
    <message>
        <source>The other value:</source>
        <translation>Басқа мән:</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Басқа мәнді алу</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Open conflicts</source>
        <translation>Шешілмеген қайшылықтар</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>Жазбада</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Басқа мән</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Кім жазды</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Double-click one to open its case and choose the value to keep.</source>
        <translation>
            <numerusform>%n шешілмеген қайшылық. Істі ашып, мәнді таңдау үшін оны екі рет басыңыз.</numerusform>
            <numerusform>%n шешілмеген қайшылық. Істі ашып, мәнді таңдау үшін біреуін екі рет басыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on two laptops has been merged.</source>
        <translation>Шешілмеген қайшылық жоқ: әр ноутбукта жасалған барлық түзетулер біріктірілді.</translation>
    </message>
    <message>
        <source>In the record: {0}
The other: {1}</source>
        <translation>Жазбада: {0}
Басқасы: {1}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation>Кеңсеге қосылу</translation>
    </message>
    <message>
        <source>Your administrator gives you the office's address and reads out its fingerprint. Sign in with your office account: the cases you may see come to this laptop, and your work goes to the office whenever the office can be reached.</source>
        <translation>Әкімші сізге кеңсенің мекенжайын айтып, оның саусақ ізін оқып береді. Кеңсе тіркелгісімен кіріңіз: сізге көруге рұқсат етілген істер осы ноутбукке келеді, ал жұмысыңыз кеңсе қолжетімді болған сайын кеңсеге жіберіледі.</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Кеңсе мекенжайы</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>This laptop's name</source>
        <translation>Осы ноутбуктің атауы</translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation>Кеңсеге қосылуда…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Қосылу</translation>
    </message>
    <message>
        <source>Fill in the office's address, its fingerprint, your user name and your password.</source>
        <translation>Кеңсенің мекенжайын, саусақ ізін, пайдаланушы атыңызды және құпиясөзіңізді толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Connect to an office…</source>
        <translation>Кеңсеге қосылу…</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>Connect to &amp;office…</source>
        <translation>&amp;Кеңсеге қосылу…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Send this laptop's changes to the office and receive the office's (F9)</source>
        <translation>Осы ноутбуктің өзгерістерін кеңсеге жіберу және кеңсенің өзгерістерін алу (F9)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Қайшылықтар…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>Connected to the office</source>
        <translation>Кеңсеге қосылды</translation>
    </message>
    <message>
        <source>This laptop is connected to the office “{0}”. Sign in again, as {1}, with your office password.</source>
        <translation>Бұл ноутбук «{0}» кеңсесіне қосылды. {1} ретінде кеңсе құпиясөзімен қайта кіріңіз.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Office not reachable — working offline</source>
        <translation>Кеңсе қолжетімсіз — желісіз жұмыс</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>synced {0}</source>
        <translation>синхрондалды: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n өзгеріс жіберуді күтуде</numerusform>
            <numerusform>%n өзгеріс жіберуді күтуде</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the office “{0}” as {1}</source>
        <translation>«{0}» кеңсесіне {1} ретінде қосылған</translation>
    </message>
    <message>
        <source>Sync: sending changes to the office ({0} of {1})</source>
        <translation>Синхрондау: өзгерістер кеңсеге жіберілуде ({1} ішінен {0})</translation>
    </message>
    <message>
        <source>Sync: receiving from the office ({0} so far)</source>
        <translation>Синхрондау: кеңседен алынуда (әзірге {0})</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Синхрондау жүріп жатыр.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Кеңсемен синхрондалуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are no longer on this laptop: they were reassigned or made confidential.</source>
        <translation>
            <numerusform>%n іс енді бұл ноутбукте жоқ: ол басқаға берілді немесе құпия болды.</numerusform>
            <numerusform>%n іс енді бұл ноутбукте жоқ: олар басқаға берілді немесе құпия болды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) collided with another's: see Sync › Conflicts.</source>
        <translation>
            <numerusform>%n түзету басқаның түзетуімен қайшы келді: Синхрондау › Қайшылықтар бөлімін қараңыз.</numerusform>
            <numerusform>%n түзету басқалардың түзетуімен қайшы келді: Синхрондау › Қайшылықтар бөлімін қараңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The office refused %n change(s) from this laptop: {0}</source>
        <translation>
            <numerusform>Кеңсе осы ноутбуктен келген %n өзгерісті қабылдамады: {0}</numerusform>
            <numerusform>Кеңсе осы ноутбуктен келген %n өзгерісті қабылдамады: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The office found a gap in this laptop's audit trail and has told the administrator.</source>
        <translation>Кеңсе осы ноутбуктің аудит журналынан олқылық тауып, әкімшіге хабарлады.</translation>
    </message>
    <message>
        <source>Office sync</source>
        <translation>Кеңсемен синхрондау</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The office's certificate does not have the fingerprint you typed. Nothing was sent. Check the fingerprint with your administrator: someone may be pretending to be the office.</source>
        <translation>Кеңсе сертификатының саусақ ізі сіз енгізгенмен сәйкес келмейді. Ештеңе жіберілген жоқ. Саусақ ізін әкімшімен тексеріңіз: біреу өзін кеңсе етіп көрсетуі мүмкін.</translation>
    </message>
    <message>
        <source>This is not a fingerprint: it is SHA256: followed by 64 letters and digits, as the administrator read it out.</source>
        <translation>Бұл саусақ ізі емес: ол SHA256: және одан кейінгі 64 әріп пен цифрдан тұрады, әкімші оқып бергендей.</translation>
    </message>
    <message>
        <source>The office's address must look like https://office.local:8443 (https://, the name, a colon and the port).</source>
        <translation>Кеңсе мекенжайы https://office.local:8443 сияқты болуы керек (https://, атауы, қос нүкте және порт).</translation>
    </message>
    <message>
        <source>The office does not answer. Check that this laptop is on the office's network and the address is right, or try again later.</source>
        <translation>Кеңсе жауап бермейді. Ноутбук кеңсе желісіне қосылғанын және мекенжай дұрыс екенін тексеріңіз немесе кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>The office refused the user name or the password (or the account is locked for now).</source>
        <translation>Кеңсе пайдаланушы атын немесе құпиясөзді қабылдамады (немесе тіркелгі уақытша бұғатталған).</translation>
    </message>
    <message>
        <source>The office has revoked this laptop's access: the office's cases were removed from it, and the changes not yet sent were sealed for the administrator. Ask your administrator.</source>
        <translation>Кеңсе бұл ноутбуктың рұқсатын кері қайтарды: кеңсенің істері одан жойылды, ал әлі жіберілмеген өзгерістер әкімші үшін мөрленді. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>The office has deactivated this account: it can no longer sign in on this laptop. The changes not yet sent are kept for the administrator.</source>
        <translation>Кеңсе бұл есептік жазбаны өшірді: онымен бұл ноутбукке енді кіру мүмкін емес. Әлі жіберілмеген өзгерістер әкімші үшін сақталды.</translation>
    </message>
    <message>
        <source>The office no longer knows this laptop: connect it to the office again.</source>
        <translation>Кеңсе бұл ноутбукті енді танымайды: оны кеңсеге қайта қосыңыз.</translation>
    </message>
    <message>
        <source>This database already holds cases of its own, which the office would never receive. Connect a new, empty database to the office.</source>
        <translation>Бұл дерекқорда кеңсеге ешқашан жетпейтін өз істері бар. Кеңсеге жаңа, бос дерекқорды қосыңыз.</translation>
    </message>
    <message>
        <source>The office's answer could not be read. Try again later.</source>
        <translation>Кеңсенің жауабын оқу мүмкін болмады. Кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>The office refused the request. Try again later, or ask your administrator.</source>
        <translation>Кеңсе сұрауды қабылдамады. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>{0} (the whole record)</source>
        <translation>{0} (бүкіл жазба)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
</TS>
