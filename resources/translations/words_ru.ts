<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CaseloadModel</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>В ближайший %n день</numerusform>
                <numerusform>В ближайшие %n дня</numerusform>
                <numerusform>В ближайшие %n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>В ближайший %n день</numerusform>
                <numerusform>В ближайшие %n дня</numerusform>
                <numerusform>В ближайшие %n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>first day in force</source>
            <translation>первый день действия</translation>
        </message>
    </context>
    <context>
        <name>ServiceActions</name>
        <message>
            <source>link family members</source>
            <translation>связывать членов семьи</translation>
        </message>
        <message>
            <source>export anonymous trafficking data</source>
            <translation>экспортировать анонимные данные о торговле людьми</translation>
        </message>
        <message>
            <source>record the facts of a trafficking case</source>
            <translation>записывать обстоятельства дела о торговле людьми</translation>
        </message>
        <message>
            <source>read the facts of a trafficking case</source>
            <translation>читать обстоятельства дела о торговле людьми</translation>
        </message>
        <message>
            <source>revoke a device</source>
            <translation>отзывать доступ устройств</translation>
        </message>
        <message>
            <source>see where cases came from</source>
            <translation>смотреть, откуда пришли дела</translation>
        </message>
        <message>
            <source>change the office's details</source>
            <translation>изменять данные офиса</translation>
        </message>
        <message>
            <source>change the service directory</source>
            <translation>изменять справочник служб</translation>
        </message>
        <message>
            <source>add a rule version</source>
            <translation>добавлять версию правила</translation>
        </message>
        <message>
            <source>change a user's roles</source>
            <translation>изменять роли пользователя</translation>
        </message>
        <message>
            <source>change the office's settings</source>
            <translation>изменять настройки офиса</translation>
        </message>
        <message>
            <source>create users</source>
            <translation>создавать пользователей</translation>
        </message>
        <message>
            <source>deactivate user accounts</source>
            <translation>отключать учётные записи</translation>
        </message>
        <message>
            <source>manage user accounts</source>
            <translation>управлять учётными записями</translation>
        </message>
        <message>
            <source>reactivate user accounts</source>
            <translation>снова включать учётные записи</translation>
        </message>
        <message>
            <source>reset passwords</source>
            <translation>сбрасывать пароли</translation>
        </message>
        <message>
            <source>unlock user accounts</source>
            <translation>разблокировать учётные записи</translation>
        </message>
        <message>
            <source>record an employer</source>
            <translation>записывать работодателя</translation>
        </message>
        <message>
            <source>archive a screening</source>
            <translation>отправлять скрининг в архив</translation>
        </message>
        <message>
            <source>check whether a person is already recorded</source>
            <translation>проверять, записан ли уже человек</translation>
        </message>
        <message>
            <source>open or edit a case</source>
            <translation>открывать или изменять дело</translation>
        </message>
        <message>
            <source>print a referral letter</source>
            <translation>печатать письмо-направление</translation>
        </message>
        <message>
            <source>record a person</source>
            <translation>записывать человека</translation>
        </message>
        <message>
            <source>record a screening</source>
            <translation>записывать скрининг</translation>
        </message>
        <message>
            <source>record an assessment</source>
            <translation>записывать оценку</translation>
        </message>
        <message>
            <source>record consent</source>
            <translation>записывать согласие</translation>
        </message>
        <message>
            <source>record the withdrawal of consent</source>
            <translation>записывать отзыв согласия</translation>
        </message>
        <message>
            <source>see the deadline alerts</source>
            <translation>видеть напоминания о сроках</translation>
        </message>
        <message>
            <source>see the import history</source>
            <translation>видеть историю импорта</translation>
        </message>
        <message>
            <source>export statistics</source>
            <translation>выгружать статистику</translation>
        </message>
        <message>
            <source>read a case's history</source>
            <translation>читать историю изменений дела</translation>
        </message>
        <message>
            <source>reassign cases</source>
            <translation>переназначать дела</translation>
        </message>
        <message>
            <source>see the caseloads</source>
            <translation>видеть нагрузку сотрудников</translation>
        </message>
        <message>
            <source>undo an import</source>
            <translation>отменять импорт</translation>
        </message>
        <message>
            <source>import from a spreadsheet</source>
            <translation>импортировать из таблицы</translation>
        </message>
        <message>
            <source>change a referral</source>
            <translation>изменять направление</translation>
        </message>
        <message>
            <source>refer a person</source>
            <translation>направлять человека</translation>
        </message>
        <message>
            <source>change the labour quota</source>
            <translation>изменять квоту на рабочую силу</translation>
        </message>
        <message>
            <source>see the labour quota</source>
            <translation>видеть квоту на рабочую силу</translation>
        </message>
        <message>
            <source>check employers</source>
            <translation>проверять работодателей</translation>
        </message>
        <message>
            <source>record an employer's staff</source>
            <translation>записывать штат работодателя</translation>
        </message>
        <message>
            <source>see employers' staff figures</source>
            <translation>видеть численность штата работодателей</translation>
        </message>
        <message>
            <source>review likely duplicates</source>
            <translation>просматривать возможные дубликаты</translation>
        </message>
        <message>
            <source>merge two records of a person</source>
            <translation>объединять две записи одного человека</translation>
        </message>
        <message>
            <source>undo a merge</source>
            <translation>отменять объединение</translation>
        </message>
        <message>
            <source>run the statistics</source>
            <translation>составлять статистику</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>a person cannot be linked to themselves</source>
            <translation>человека нельзя связать с самим собой</translation>
        </message>
        <message>
            <source>these two persons are already linked: change that link instead</source>
            <translation>эти два человека уже связаны: измените ту связь</translation>
        </message>
        <message>
            <source>These two persons were already linked at the office (on another computer): this second link of them was not added.</source>
            <translation>Эти два человека уже были связаны в офисе (на другом компьютере): вторая связь между ними не добавлена.</translation>
        </message>
        <message>
            <source>is not linked to the person as a parent or guardian (link them in the family panel first)</source>
            <translation>не связан с человеком как родитель или опекун (сначала свяжите их в разделе «Семья»)</translation>
        </message>
        <message>
            <source>say in a sentence why the referral is in the child's best interest</source>
            <translation>объясните одним предложением, почему направление отвечает наилучшим интересам ребёнка</translation>
        </message>
        <message>
            <source>{name} is a minor: a referral is sent with the consent of a parent or guardian linked to the child in the family panel, or with a recorded reason why it is in the child's best interest.</source>
            <translation>{name} — несовершеннолетний: направление отправляется с согласия родителя или опекуна, связанного с ребёнком в разделе «Семья», или с записанной причиной, почему оно отвечает наилучшим интересам ребёнка.</translation>
        </message>
        <message>
            <source>is required: the day the person was found to be a victim (or not)</source>
            <translation>обязательно: день, когда человек был признан жертвой (или нет)</translation>
        </message>
        <message>
            <source>goes with an identification status: choose the status first</source>
            <translation>указывается вместе со статусом идентификации: сначала выберите статус</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
        </message>
        <message>
            <source>k must be at least 1 (it was {k}).</source>
            <translation>k должно быть не меньше 1 (было {k}).</translation>
        </message>
        <message>
            <source>There is no such device.</source>
            <translation>Такого устройства нет.</translation>
        </message>
        <message>
            <source>Your account is no longer active, so nothing can be undone.</source>
            <translation>Ваша учётная запись больше не активна, поэтому отменить ничего нельзя.</translation>
        </message>
        <message>
            <source>This step cannot be undone here.</source>
            <translation>Этот шаг здесь отменить нельзя.</translation>
        </message>
        <message>
            <source>This step cannot be undone: its record is no longer in the database.</source>
            <translation>Этот шаг отменить нельзя: его записи больше нет в базе данных.</translation>
        </message>
        <message>
            <source>This step cannot be undone: the audit trail does not hold it.</source>
            <translation>Этот шаг отменить нельзя: его нет в журнале аудита.</translation>
        </message>
        <message>
            <source>Only the person who made a change can undo it.</source>
            <translation>Отменить изменение может только тот, кто его сделал.</translation>
        </message>
        <message>
            <source>Choose the value in the record or the other value.</source>
            <translation>Выберите значение в записи или другое значение.</translation>
        </message>
        <message>
            <source>There is no such conflict (it may have been resolved on another computer).</source>
            <translation>Такого расхождения нет (возможно, его уже разрешили на другом компьютере).</translation>
        </message>
        <message>
            <source>You may not resolve this conflict: its case is not yours.</source>
            <translation>Вы не можете разрешить это расхождение: дело не ваше.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>Это расхождение уже разрешено.</translation>
        </message>
        <message>
            <source>The record this value belongs to is not here; keep the value in the record.</source>
            <translation>Записи, к которой относится это значение, здесь нет; оставьте значение в записи.</translation>
        </message>
        <message>
            <source>There is no {what} with this id (it may have been archived).</source>
            <translation>Такой записи нет (возможно, она перенесена в архив).</translation>
        </message>
        <message>
            <source>There is no referral with reference {reference}.</source>
            <translation>Направления с номером {reference} нет.</translation>
        </message>
        <message>
            <source>There is no import with this id.</source>
            <translation>Такого импорта нет.</translation>
        </message>
        <message>
            <source>This {what} was changed by someone else after you opened it, so your changes were not saved (nothing was overwritten). Reopen it to see the current version, then enter your changes again.</source>
            <translation>Эту запись изменил кто-то другой после того, как вы её открыли, поэтому ваши изменения не сохранены (ничего не перезаписано). Откройте её заново, чтобы увидеть текущую версию, и внесите изменения ещё раз.</translation>
        </message>
        <message>
            <source>The database is busy with another Qamqor window. Try again in a moment.</source>
            <translation>База данных занята другим окном Qamqor. Повторите через минуту.</translation>
        </message>
        <message>
            <source>A record this one refers to does not exist (it may have been removed).</source>
            <translation>Запись, на которую ссылается эта, не существует (возможно, она удалена).</translation>
        </message>
        <message>
            <source>Only {roles} may {doing}.</source>
            <translation>Только {roles} может {doing}.</translation>
        </message>
        <message>
            <source>You may not open this case: it is not assigned or shared to you.</source>
            <translation>Вы не можете открыть это дело: оно не назначено вам и не передано вам в доступ.</translation>
        </message>
        <message>
            <source>You may not open this person's records: none of their cases is assigned or shared to you.</source>
            <translation>Вы не можете открыть записи этого человека: ни одно из его дел не назначено вам и не передано вам в доступ.</translation>
        </message>
        <message>
            <source>Only a supervisor may assign a case to another caseworker.</source>
            <translation>Только руководитель может назначить дело другому специалисту по делам.</translation>
        </message>
        <message>
            <source>Only the case's own caseworker or a supervisor may share it.</source>
            <translation>Открыть доступ к делу может только его специалист по делам или руководитель.</translation>
        </message>
        <message>
            <source>A sensitive case cannot be shared: a supervisor can reassign it instead.</source>
            <translation>Доступ к конфиденциальному делу открыть нельзя: руководитель может переназначить его.</translation>
        </message>
        <message>
            <source>Exports are CSV or XLSX files, not '{suffix}'.</source>
            <translation>Выгрузка бывает только в файлах CSV или XLSX, а не «{suffix}».</translation>
        </message>
        <message>
            <source>There is no folder {folder} to save the export in.</source>
            <translation>Папки {folder} для сохранения выгрузки нет.</translation>
        </message>
        <message>
            <source>The export could not be written to {path}: {reason}.</source>
            <translation>Не удалось записать выгрузку в {path}: {reason}.</translation>
        </message>
        <message>
            <source>Qamqor is already set up: ask your administrator for an account.</source>
            <translation>Qamqor уже настроен: попросите у администратора учётную запись.</translation>
        </message>
        <message>
            <source>There is no active user '{username}'.</source>
            <translation>Активного пользователя «{username}» нет.</translation>
        </message>
        <message>
            <source>There is no user '{username}'.</source>
            <translation>Пользователя «{username}» нет.</translation>
        </message>
        <message>
            <source>You cannot take away your own administrator role: ask another administrator.</source>
            <translation>Нельзя снять с себя роль администратора: попросите другого администратора.</translation>
        </message>
        <message>
            <source>'{username}' is the only administrator: make someone else an administrator first.</source>
            <translation>«{username}» — единственный администратор: сначала назначьте администратором кого-то ещё.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account: ask another administrator.</source>
            <translation>Нельзя отключить собственную учётную запись: попросите другого администратора.</translation>
        </message>
        <message>
            <source>'{username}' is the only administrator and cannot be deactivated.</source>
            <translation>«{username}» — единственный администратор, его нельзя отключить.</translation>
        </message>
        <message>
            <source>'{username}' is already active.</source>
            <translation>«{username}» уже активен.</translation>
        </message>
        <message>
            <source>The user name or the password is not right.</source>
            <translation>Неверное имя пользователя или пароль.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. Try again in {minutes} minute(s).</source>
            <translation>Слишком много неверных паролей. Повторите через {minutes} мин.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of history record ({kinds}).</source>
            <translation>«{kind}» — не вид записи о пребывании или разрешении ({kinds}).</translation>
        </message>
        <message>
            <source>Referral {reference} was already sent: it cannot be changed. Revoke it and make a new one.</source>
            <translation>Направление {reference} уже отправлено: его нельзя изменить. Отзовите его и создайте новое.</translation>
        </message>
        <message>
            <source>Referral {reference} was sent: revoke it instead.</source>
            <translation>Направление {reference} отправлено: отзовите его.</translation>
        </message>
        <message>
            <source>Referral {reference} is already {status}.</source>
            <translation>Направление {reference} уже в статусе «{status}».</translation>
        </message>
        <message>
            <source>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first.</source>
            <translation>На {day} нет действующего согласия, разрешающего передать этой организации: {parts}, поэтому направление нельзя отправить. Сначала запишите согласие человека.</translation>
        </message>
        <message>
            <source>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first, or send it with an emergency override and its reason.</source>
            <translation>На {day} нет действующего согласия, разрешающего передать этой организации: {parts}, поэтому направление нельзя отправить. Сначала запишите согласие человека или отправьте направление как экстренное, указав причину.</translation>
        </message>
        <message>
            <source>Only a supervisor, or the assigned caseworker for an emergency referral, may send a referral without consent.</source>
            <translation>Отправить направление без согласия может только руководитель или, для экстренного направления, назначенный специалист по делам.</translation>
        </message>
        <message>
            <source>Send a referral with send_referral: it checks the person's consent.</source>
            <translation>Направление отправляется командой «Отправить»: она проверяет согласие человека.</translation>
        </message>
        <message>
            <source>Referral {reference} is {status}: it can next be {allowed}, not {wanted}.</source>
            <translation>Направление {reference} в статусе «{status}»: следующим может быть {allowed}, но не «{wanted}».</translation>
        </message>
        <message>
            <source>Referral {reference} was revoked: its letter can no longer be printed.</source>
            <translation>Направление {reference} отозвано: его письмо больше нельзя напечатать.</translation>
        </message>
        <message>
            <source>Referral {reference} has no consent on record: its letter cannot be printed.</source>
            <translation>У направления {reference} нет записанного согласия: его письмо нельзя напечатать.</translation>
        </message>
        <message>
            <source>The person withdrew the consent referral {reference} relied on ({day}): its letter can no longer be printed. Revoke the referral and tell the organisation.</source>
            <translation>Человек отозвал согласие, на котором основано направление {reference} ({day}): его письмо больше нельзя напечатать. Отзовите направление и сообщите организации.</translation>
        </message>
        <message>
            <source>This consent was already withdrawn on {day}.</source>
            <translation>Это согласие уже отозвано {day}.</translation>
        </message>
        <message>
            <source>There is no setting '{key}'. The settings are: {known}.</source>
            <translation>Настройки «{key}» нет. Настройки: {known}.</translation>
        </message>
        <message>
            <source>The import of {file} was already undone.</source>
            <translation>Импорт файла {file} уже отменён.</translation>
        </message>
        <message>
            <source>Name: give the mapping a name of 1 to 100 characters.</source>
            <translation>Название: дайте схеме название длиной от 1 до 100 символов.</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>обязательно для заполнения</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>не должно быть пустым</translation>
        </message>
        <message>
            <source>is too long (at most {max_length} characters)</source>
            <translation>слишком длинное (не более {max_length} символов)</translation>
        </message>
        <message>
            <source>is not in the expected form</source>
            <translation>записано не в ожидаемом виде</translation>
        </message>
        <message>
            <source>is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)</source>
            <translation>не является датой (пишите ГГГГ-ММ-ДД, например 2024-05-10)</translation>
        </message>
        <message>
            <source>must be one of: {expected}</source>
            <translation>должно быть одним из: {expected}</translation>
        </message>
        <message>
            <source>is not a valid record id</source>
            <translation>не является идентификатором записи</translation>
        </message>
        <message>
            <source>is not a field Qamqor knows</source>
            <translation>такого поля Qamqor не знает</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>должно быть целым числом</translation>
        </message>
        <message>
            <source>must be yes or no (true or false)</source>
            <translation>должно быть «да» или «нет» (true или false)</translation>
        </message>
        <message>
            <source>must be at least {ge}</source>
            <translation>должно быть не меньше {ge}</translation>
        </message>
        <message>
            <source>must be at most {le}</source>
            <translation>должно быть не больше {le}</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>должно быть текстом</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>должно быть списком</translation>
        </message>
        <message>
            <source>must be an object with fields</source>
            <translation>должно быть объектом с полями</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>must be between {first} and {last}</source>
            <translation>должно быть между {first} и {last}</translation>
        </message>
        <message>
            <source>must not contain a control character ({code}) (at character {at})</source>
            <translation>не должно содержать управляющий символ ({code}) (символ {at})</translation>
        </message>
        <message>
            <source>must not contain a line break (at character {at})</source>
            <translation>не должно содержать перенос строки (символ {at})</translation>
        </message>
        <message>
            <source>'{code}' is not a country code (use ISO 3166-1 alpha-3, e.g. UZB; XXA for stateless)</source>
            <translation>«{code}» — не код страны (используйте ISO 3166-1 alpha-3, например UZB; XXA для лиц без гражданства)</translation>
        </message>
        <message>
            <source>must not be before the {other} ({day})</source>
            <translation>не может быть раньше, чем {other} ({day})</translation>
        </message>
        <message>
            <source>is in the future ({day})</source>
            <translation>в будущем ({day})</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>в будущем</translation>
        </message>
        <message>
            <source>is required (only a permanent residence permit has no end date)</source>
            <translation>обязательно (без даты окончания только вид на жительство)</translation>
        </message>
        <message>
            <source>applies to work permits only</source>
            <translation>указывается только для разрешений на работу</translation>
        </message>
        <message>
            <source>must be 12 digits with a correct control digit</source>
            <translation>должно состоять из 12 цифр с верной контрольной цифрой</translation>
        </message>
        <message>
            <source>and the decision date go together: give both or neither</source>
            <translation>и дата решения указываются вместе: либо оба, либо ни одного</translation>
        </message>
        <message>
            <source>must be empty while the decision is pending</source>
            <translation>не заполняется, пока решение не принято</translation>
        </message>
        <message>
            <source>is required once the case is decided</source>
            <translation>обязательно, когда решение принято</translation>
        </message>
        <message>
            <source>applies only to a person found liable</source>
            <translation>применяется только к лицу, признанному виновным</translation>
        </message>
        <message>
            <source>needs the decision date first</source>
            <translation>сначала укажите дату решения</translation>
        </message>
        <message>
            <source>{values} is not a {what} Qamqor knows (one of: {allowed})</source>
            <translation>{values}: Qamqor не знает такого значения ({what}; возможные: {allowed})</translation>
        </message>
        <message>
            <source>indicator {indicator} is answered twice</source>
            <translation>на индикатор {indicator} ответили дважды</translation>
        </message>
        <message>
            <source>{indicator} is not an indicator of the screening</source>
            <translation>{indicator} — не индикатор этого скрининга</translation>
        </message>
        <message>
            <source>is required: name the officer, court or body that made this assessment</source>
            <translation>обязательно: укажите сотрудника, суд или орган, который провёл эту оценку</translation>
        </message>
        <message>
            <source>is required: consent to share data names the organisation it may go to</source>
            <translation>обязательно: согласие на передачу данных называет организацию, которой их можно передать</translation>
        </message>
        <message>
            <source>is required: say which parts of the case may be shared</source>
            <translation>обязательно: укажите, какие части дела можно передать</translation>
        </message>
        <message>
            <source>is required: verbal consent is given before a witness</source>
            <translation>обязательно: устное согласие даётся при свидетеле</translation>
        </message>
        <message>
            <source>is required: choose the scanned signed form among the case's attachments</source>
            <translation>обязательно: выберите среди вложений дела скан подписанной формы</translation>
        </message>
        <message>
            <source>is not an attachment of this case</source>
            <translation>не является вложением этого дела</translation>
        </message>
        <message>
            <source>must not be before the consent was given ({day})</source>
            <translation>не может быть раньше даты согласия ({day})</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>не является адресом электронной почты</translation>
        </message>
        <message>
            <source>choose at least one service</source>
            <translation>выберите хотя бы одну услугу</translation>
        </message>
        <message>
            <source>say in a sentence why the referral cannot wait for consent</source>
            <translation>объясните одним предложением, почему направление не может ждать согласия</translation>
        </message>
        <message>
            <source>must not be before the referral was sent ({day})</source>
            <translation>не может быть раньше отправки направления ({day})</translation>
        </message>
        <message>
            <source>is required: give the reason for the rejection</source>
            <translation>обязательно: укажите причину отказа</translation>
        </message>
        <message>
            <source>is required: give why the referral is revoked</source>
            <translation>обязательно: укажите, почему направление отозвано</translation>
        </message>
        <message>
            <source>does not match the date of birth ({day})</source>
            <translation>не совпадает с датой рождения ({day})</translation>
        </message>
        <message>
            <source>the Latin spelling made from the name has {length} characters, more than 100: type a shorter Latin spelling</source>
            <translation>написание латиницей, полученное из имени, содержит {length} символов, больше 100: введите более короткое написание латиницей</translation>
        </message>
        <message>
            <source>is not a region of Kazakhstan (e.g. Карагандинская обл., г. Алматы)</source>
            <translation>не является регионом Казахстана (например, Карагандинская обл., г. Алматы)</translation>
        </message>
        <message>
            <source>cannot be more than the {total_field} in all ({total})</source>
            <translation>не может быть больше общего числа ({total})</translation>
        </message>
        <message>
            <source>is required when the case is closed</source>
            <translation>обязательно, когда дело закрыто</translation>
        </message>
        <message>
            <source>needs the closing date too</source>
            <translation>требует и даты закрытия</translation>
        </message>
        <message>
            <source>overlaps the stay from {entry} to {exit}</source>
            <translation>пересекается с пребыванием с {entry} по {exit}</translation>
        </message>
        <message>
            <source>overlaps the stay from {entry}, which has no exit: record its exit first</source>
            <translation>пересекается с пребыванием с {entry}, у которого нет даты выезда: сначала запишите выезд</translation>
        </message>
        <message>
            <source>is after the exit on {day}: the person was not in Kazakhstan that day</source>
            <translation>позже выезда {day}: в этот день человека не было в Казахстане</translation>
        </message>
        <message>
            <source>the first account must be an administrator</source>
            <translation>первая учётная запись должна быть администратором</translation>
        </message>
        <message>
            <source>'{username}' is already taken</source>
            <translation>«{username}» уже занято</translation>
        </message>
        <message>
            <source>is not right</source>
            <translation>неверный</translation>
        </message>
        <message>
            <source>must be from {low} to {high}</source>
            <translation>должно быть от {low} до {high}</translation>
        </message>
        <message>
            <source>must not be more than the overdue days</source>
            <translation>не может быть больше числа дней просрочки</translation>
        </message>
        <message>
            <source>is needed: set the office's name first</source>
            <translation>нужно: сначала укажите название офиса</translation>
        </message>
        <message>
            <source>give the day the service is planned for, or the day it was given</source>
            <translation>укажите, на какой день услуга запланирована, или когда она оказана</translation>
        </message>
        <message>
            <source>needs the day the service was given</source>
            <translation>нужна дата, когда услуга оказана</translation>
        </message>
        <message>
            <source>is not a service of this referral's case</source>
            <translation>не услуга дела этого направления</translation>
        </message>
        <message>
            <source>services are recorded with the step "services delivered" only</source>
            <translation>услуги отмечаются только на шаге «услуги оказаны»</translation>
        </message>
        <message>
            <source>choose the organisation from the directory or write its name, not both</source>
            <translation>выберите организацию из справочника или впишите её название, но не то и другое</translation>
        </message>
        <message>
            <source>must not be before the person was born ({day})</source>
            <translation>не может быть раньше рождения человека ({day})</translation>
        </message>
        <message>
            <source>caseworker</source>
            <translation>специалист по делам</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>руководитель</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>администратор</translation>
        </message>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>the referral itself</source>
            <translation>само направление</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message>
            <source>service</source>
            <translation>услуга</translation>
        </message>
        <message>
            <source>part of a case</source>
            <translation>часть дела</translation>
        </message>
        <message>
            <source>language code</source>
            <translation>код языка</translation>
        </message>
        <message>
            <source>A record cannot be merged into itself.</source>
            <translation>Запись нельзя объединить с самой собой.</translation>
        </message>
        <message>
            <source>These are not fields of a person: {fields}.</source>
            <translation>Это не поля сведений о человеке: {fields}.</translation>
        </message>
        <message>
            <source>This merge can no longer be undone: a record it moved was moved or changed again afterwards. Nothing was changed.</source>
            <translation>Это объединение уже нельзя отменить: перенесённую им запись после этого перенесли или изменили ещё раз. Ничего не изменено.</translation>
        </message>
        <message>
            <source>{file} has changed, or was moved, since it was read and checked, so nothing was imported from it. Read it and check it again before importing.</source>
            <translation>Файл {file} изменился или был перемещён после того, как его прочитали и проверили, поэтому из него ничего не импортировано. Прочитайте и проверьте его снова перед импортом.</translation>
        </message>
        <message>
            <source>The period ends on {last}, before it starts on {first}.</source>
            <translation>Период заканчивается {last}, раньше, чем начинается ({first}).</translation>
        </message>
        <message>
            <source>The period from {first} to {last} is longer than three years: report on a shorter one.</source>
            <translation>Период с {first} по {last} длиннее трёх лет: выберите период короче.</translation>
        </message>
        <message>
            <source>A report is written as an .xlsx workbook or a .pdf document, not '{suffix}'.</source>
            <translation>Отчёт сохраняется в книге .xlsx или документе .pdf, а не «{suffix}».</translation>
        </message>
        <message>
            <source>These two records are linked to each other as relatives: they are two people, and cannot be merged.</source>
            <translation>Эти две записи связаны между собой как родственники: это два разных человека, их нельзя объединить.</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>В ближайший %n день</numerusform>
                <numerusform>В ближайшие %n дня</numerusform>
                <numerusform>В ближайшие %n дней</numerusform>
            </translation>
        </message>
    </context>
</TS>
