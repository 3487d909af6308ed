<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ConflictBanner</name>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>на {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this case collided: both values are kept until you choose one.</source>
        <translation>
            <numerusform>%n правка этого дела столкнулась с другой: оба значения сохранены, пока вы не выберете одно.</numerusform>
            <numerusform>%n правки этого дела столкнулись с другими: оба значения сохранены, пока вы не выберете одно.</numerusform>
            <numerusform>%n правок этого дела столкнулись с другими: оба значения сохранены, пока вы не выберете одно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more: see Sync › Conflicts.</source>
        <translation>
            <numerusform>Ещё %n: см. Синхронизация › Конфликты.</numerusform>
            <numerusform>Ещё %n: см. Синхронизация › Конфликты.</numerusform>
            <numerusform>Ещё %n: см. Синхронизация › Конфликты.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the record:</source>
        <translation>В записи:</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Оставить это</translation>
    </message>
    <message>
        <source>The other value:</source>
        <translation>Другое значение:</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Взять другое значение</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Open conflicts</source>
        <translation>Нерешённые конфликты</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>В записи</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Кто записал</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Double-click one to open its case and choose the value to keep.</source>
        <translation>
            <numerusform>%n нерешённый конфликт. Дважды щёлкните по нему, чтобы открыть дело и выбрать значение.</numerusform>
            <numerusform>%n нерешённых конфликта. Дважды щёлкните по одному, чтобы открыть его дело и выбрать значение.</numerusform>
            <numerusform>%n нерешённых конфликтов. Дважды щёлкните по одному, чтобы открыть его дело и выбрать значение.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on two laptops has been merged.</source>
        <translation>Нерешённых конфликтов нет: все правки, сделанные на разных ноутбуках, объединены.</translation>
    </message>
    <message>
        <source>In the record: {0}
The other: {1}</source>
        <translation>В записи: {0}
Другое: {1}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation>Подключение к офису</translation>
    </message>
    <message>
        <source>Your administrator gives you the office's address and reads out its fingerprint. Sign in with your office account: the cases you may see come to this laptop, and your work goes to the office whenever the office can be reached.</source>
        <translation>Администратор сообщит вам адрес офиса и зачитает его отпечаток. Войдите под своей учётной записью офиса: дела, которые вам можно видеть, придут на этот ноутбук, а ваша работа будет уходить в офис всякий раз, когда он доступен.</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Адрес офиса</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>This laptop's name</source>
        <translation>Имя этого ноутбука</translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation>Подключение к офису…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Fill in the office's address, its fingerprint, your user name and your password.</source>
        <translation>Заполните адрес офиса, его отпечаток, имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>SetUpDialog</name>
    <message>
        <source>Connect to an office…</source>
        <translation>Подключиться к офису…</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <source>Connect to &amp;office…</source>
        <translation>Подключиться к &amp;офису…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Send this laptop's changes to the office and receive the office's (F9)</source>
        <translation>Отправить изменения с этого ноутбука в офис и получить изменения офиса (F9)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <source>Connected to the office</source>
        <translation>Подключено к офису</translation>
    </message>
    <message>
        <source>This laptop is connected to the office “{0}”. Sign in again, as {1}, with your office password.</source>
        <translation>Этот ноутбук подключён к офису «{0}». Войдите снова как {1}, с паролем офиса.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Office not reachable — working offline</source>
        <translation>Офис недоступен — работа без связи</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <source>synced {0}</source>
        <translation>синхронизировано {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n изменение ждёт отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the office “{0}” as {1}</source>
        <translation>Подключено к офису «{0}» как {1}</translation>
    </message>
    <message>
        <source>Sync: sending changes to the office ({0} of {1})</source>
        <translation>Синхронизация: отправка изменений в офис ({0} из {1})</translation>
    </message>
    <message>
        <source>Sync: receiving from the office ({0} so far)</source>
        <translation>Синхронизация: получение из офиса (пока {0})</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Синхронизация уже идёт.</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Синхронизация с офисом…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are no longer on this laptop: they were reassigned or made confidential.</source>
        <translation>
            <numerusform>%n дело больше не на этом ноутбуке: его передали другому или сделали конфиденциальным.</numerusform>
            <numerusform>%n дела больше не на этом ноутбуке: их передали другому или сделали конфиденциальными.</numerusform>
            <numerusform>%n дел больше не на этом ноутбуке: их передали другому или сделали конфиденциальными.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) collided with another's: see Sync › Conflicts.</source>
        <translation>
            <numerusform>%n правка столкнулась с чужой: см. Синхронизация › Конфликты.</numerusform>
            <numerusform>%n правки столкнулись с чужими: см. Синхронизация › Конфликты.</numerusform>
            <numerusform>%n правок столкнулись с чужими: см. Синхронизация › Конфликты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The office refused %n change(s) from this laptop: {0}</source>
        <translation>
            <numerusform>Офис отклонил %n изменение с этого ноутбука: {0}</numerusform>
            <numerusform>Офис отклонил %n изменения с этого ноутбука: {0}</numerusform>
            <numerusform>Офис отклонил %n изменений с этого ноутбука: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>The office found a gap in this laptop's audit trail and has told the administrator.</source>
        <translation>Офис обнаружил пробел в журнале аудита этого ноутбука и сообщил администратору.</translation>
    </message>
    <message>
        <source>Office sync</source>
        <translation>Синхронизация с офисом</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The office's certificate does not have the fingerprint you typed. Nothing was sent. Check the fingerprint with your administrator: someone may be pretending to be the office.</source>
        <translation>Сертификат офиса не совпадает с введённым отпечатком. Ничего не отправлено. Сверьте отпечаток с администратором: возможно, кто-то выдаёт себя за офис.</translation>
    </message>
    <message>
        <source>This is not a fingerprint: it is SHA256: followed by 64 letters and digits, as the administrator read it out.</source>
        <translation>Это не отпечаток: он выглядит как SHA256: и 64 буквы и цифры — так, как его зачитал администратор.</translation>
    </message>
    <message>
        <source>The office's address must look like https://office.local:8443 (https://, the name, a colon and the port).</source>
        <translation>Адрес офиса должен выглядеть как https://office.local:8443 (https://, имя, двоеточие и порт).</translation>
    </message>
    <message>
        <source>The office does not answer. Check that this laptop is on the office's network and the address is right, or try again later.</source>
        <translation>Офис не отвечает. Проверьте, что ноутбук подключён к сети офиса и адрес верен, или попробуйте позже.</translation>
    </message>
    <message>
        <source>The office refused the user name or the password (or the account is locked for now).</source>
        <translation>Офис не принял имя пользователя или пароль (или учётная запись временно заблокирована).</translation>
    </message>
    <message>
        <source>The office has revoked this laptop's access: the office's cases were removed from it, and the changes not yet sent were sealed for the administrator. Ask your administrator.</source>
        <translation>Офис отозвал доступ этого ноутбука: дела офиса удалены с него, а ещё не отправленные изменения запечатаны для администратора. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The office has deactivated this account: it can no longer sign in on this laptop. The changes not yet sent are kept for the administrator.</source>
        <translation>Офис отключил эту учётную запись: с ней больше нельзя войти на этом ноутбуке. Ещё не отправленные изменения сохранены для администратора.</translation>
    </message>
    <message>
        <source>The office no longer knows this laptop: connect it to the office again.</source>
        <translation>Офис больше не знает этот ноутбук: подключите его к офису заново.</translation>
    </message>
    <message>
        <source>This database already holds cases of its own, which the office would never receive. Connect a new, empty database to the office.</source>
        <translation>В этой базе уже есть свои дела, которые никогда не попадут в офис. Подключите к офису новую, пустую базу.</translation>
    </message>
    <message>
        <source>The office's answer could not be read. Try again later.</source>
        <translation>Не удалось прочитать ответ офиса. Попробуйте позже.</translation>
    </message>
    <message>
        <source>The office refused the request. Try again later, or ask your administrator.</source>
        <translation>Офис отклонил запрос. Попробуйте позже или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>{0} (the whole record)</source>
        <translation>{0} (вся запись)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
</TS>
