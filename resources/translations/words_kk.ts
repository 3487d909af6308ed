<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CaseloadModel</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Алдағы %n күнде</numerusform>
                <numerusform>Алдағы %n күнде</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Алдағы %n күнде</numerusform>
                <numerusform>Алдағы %n күнде</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>first day in force</source>
            <translation>күшіне енген бірінші күн</translation>
        </message>
    </context>
    <context>
        <name>ServiceActions</name>
        <message>
            <source>link family members</source>
            <translation>отбасы мүшелерін байланыстыру</translation>
        </message>
        <message>
            <source>export anonymous trafficking data</source>
            <translation>адам саудасы туралы анонимді деректерді экспорттау</translation>
        </message>
        <message>
            <source>record the facts of a trafficking case</source>
            <translation>адам саудасы ісінің мән-жайын жазу</translation>
        </message>
        <message>
            <source>read the facts of a trafficking case</source>
            <translation>адам саудасы ісінің мән-жайын оқу</translation>
        </message>
        <message>
            <source>revoke a device</source>
            <translation>құрылғылардың рұқсатын қайтарып алу</translation>
        </message>
        <message>
            <source>see where cases came from</source>
            <translation>істердің қайдан келгенін көру</translation>
        </message>
        <message>
            <source>change the office's details</source>
            <translation>кеңсе деректерін өзгертуді</translation>
        </message>
        <message>
            <source>change the service directory</source>
            <translation>қызметтер анықтамалығын өзгертуді</translation>
        </message>
        <message>
            <source>add a rule version</source>
            <translation>ереже нұсқасын қосуды</translation>
        </message>
        <message>
            <source>change a user's roles</source>
            <translation>пайдаланушы рөлдерін өзгертуді</translation>
        </message>
        <message>
            <source>change the office's settings</source>
            <translation>кеңсе баптауларын өзгертуді</translation>
        </message>
        <message>
            <source>create users</source>
            <translation>пайдаланушыларды құруды</translation>
        </message>
        <message>
            <source>deactivate user accounts</source>
            <translation>тіркелгілерді өшіруді</translation>
        </message>
        <message>
            <source>manage user accounts</source>
            <translation>тіркелгілерді басқаруды</translation>
        </message>
        <message>
            <source>reactivate user accounts</source>
            <translation>тіркелгілерді қайта қосуды</translation>
        </message>
        <message>
            <source>reset passwords</source>
            <translation>құпиясөздерді қалпына келтіруді</translation>
        </message>
        <message>
            <source>unlock user accounts</source>
            <translation>тіркелгілердің құлпын ашуды</translation>
        </message>
        <message>
            <source>record an employer</source>
            <translation>жұмыс берушіні жазуды</translation>
        </message>
        <message>
            <source>archive a screening</source>
            <translation>скринингті мұрағатқа жіберуді</translation>
        </message>
        <message>
            <source>check whether a person is already recorded</source>
            <translation>адамның бұрын жазылғанын тексеруді</translation>
        </message>
        <message>
            <source>open or edit a case</source>
            <translation>істі ашуды немесе өзгертуді</translation>
        </message>
        <message>
            <source>print a referral letter</source>
            <translation>жолдама хатын басып шығаруды</translation>
        </message>
        <message>
            <source>record a person</source>
            <translation>адамды жазуды</translation>
        </message>
        <message>
            <source>record a screening</source>
            <translation>скринингті жазуды</translation>
        </message>
        <message>
            <source>record an assessment</source>
            <translation>бағалауды жазуды</translation>
        </message>
        <message>
            <source>record consent</source>
            <translation>келісімді жазуды</translation>
        </message>
        <message>
            <source>record the withdrawal of consent</source>
            <translation>келісімнің кері қайтарылуын жазуды</translation>
        </message>
        <message>
            <source>see the deadline alerts</source>
            <translation>мерзімдер туралы ескертулерді көруді</translation>
        </message>
        <message>
            <source>see the import history</source>
            <translation>импорт тарихын көруді</translation>
        </message>
        <message>
            <source>export statistics</source>
            <translation>статистиканы экспорттауды</translation>
        </message>
        <message>
            <source>read a case's history</source>
            <translation>істің өзгерістер тарихын оқуды</translation>
        </message>
        <message>
            <source>reassign cases</source>
            <translation>істерді қайта тағайындауды</translation>
        </message>
        <message>
            <source>see the caseloads</source>
            <translation>қызметкерлердің жүктемесін көруді</translation>
        </message>
        <message>
            <source>undo an import</source>
            <translation>импортты болдырмауды</translation>
        </message>
        <message>
            <source>import from a spreadsheet</source>
            <translation>кестеден импорттауды</translation>
        </message>
        <message>
            <source>change a referral</source>
            <translation>жолдаманы өзгертуді</translation>
        </message>
        <message>
            <source>refer a person</source>
            <translation>адамды жолдауды</translation>
        </message>
        <message>
            <source>change the labour quota</source>
            <translation>жұмыс күшіне квотаны өзгертуді</translation>
        </message>
        <message>
            <source>see the labour quota</source>
            <translation>жұмыс күшіне квотаны көруді</translation>
        </message>
        <message>
            <source>check employers</source>
            <translation>жұмыс берушілерді тексеруді</translation>
        </message>
        <message>
            <source>record an employer's staff</source>
            <translation>жұмыс берушінің қызметкерлер құрамын жазуды</translation>
        </message>
        <message>
            <source>see employers' staff figures</source>
            <translation>жұмыс берушілердің қызметкерлер санын көруді</translation>
        </message>
        <message>
            <source>review likely duplicates</source>
            <translation>ықтимал қайталанатын жазбаларды қарау</translation>
        </message>
        <message>
            <source>merge two records of a person</source>
            <translation>бір адамның екі жазбасын біріктіру</translation>
        </message>
        <message>
            <source>undo a merge</source>
            <translation>біріктіруден бас тарту</translation>
        </message>
        <message>
            <source>run the statistics</source>
            <translation>статистика жасау</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>a person cannot be linked to themselves</source>
            <translation>адамды өзімен байланыстыруға болмайды</translation>
        </message>
        <message>
            <source>these two persons are already linked: change that link instead</source>
            <translation>бұл екі адам бұрыннан байланысқан: сол байланысты өзгертіңіз</translation>
        </message>
        <message>
            <source>These two persons were already linked at the office (on another computer): this second link of them was not added.</source>
            <translation>Бұл екі адам кеңседе (басқа компьютерде) бұрыннан байланысқан: олардың екінші байланысы қосылмады.</translation>
        </message>
        <message>
            <source>is not linked to the person as a parent or guardian (link them in the family panel first)</source>
            <translation>адаммен ата-анасы немесе қамқоршысы ретінде байланыспаған (алдымен «Отбасы» бөлімінде байланыстырыңыз)</translation>
        </message>
        <message>
            <source>say in a sentence why the referral is in the child's best interest</source>
            <translation>жолдаманың бала мүддесіне неліктен сай екенін бір сөйлеммен түсіндіріңіз</translation>
        </message>
        <message>
            <source>{name} is a minor: a referral is sent with the consent of a parent or guardian linked to the child in the family panel, or with a recorded reason why it is in the child's best interest.</source>
            <translation>{name} — кәмелетке толмаған: жолдама «Отбасы» бөлімінде баламен байланысқан ата-анасының немесе қамқоршысының келісімімен, не баланың мүддесіне неліктен сай екені жазылған себеппен жіберіледі.</translation>
        </message>
        <message>
            <source>is required: the day the person was found to be a victim (or not)</source>
            <translation>міндетті: адам құрбан деп танылған (немесе танылмаған) күн</translation>
        </message>
        <message>
            <source>goes with an identification status: choose the status first</source>
            <translation>сәйкестендіру мәртебесімен бірге беріледі: алдымен мәртебені таңдаңыз</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>Кезең ({end}) басталуынан ({start}) бұрын аяқталады.</translation>
        </message>
        <message>
            <source>k must be at least 1 (it was {k}).</source>
            <translation>k кемінде 1 болуы керек ({k} болды).</translation>
        </message>
        <message>
            <source>There is no such device.</source>
            <translation>Мұндай құрылғы жоқ.</translation>
        </message>
        <message>
            <source>Your account is no longer active, so nothing can be undone.</source>
            <translation>Сіздің есептік жазбаңыз енді белсенді емес, сондықтан ештеңені болдырмау мүмкін емес.</translation>
        </message>
        <message>
            <source>This step cannot be undone here.</source>
            <translation>Бұл қадамды мұнда болдырмау мүмкін емес.</translation>
        </message>
        <message>
            <source>This step cannot be undone: its record is no longer in the database.</source>
            <translation>Бұл қадамды болдырмау мүмкін емес: оның жазбасы дерекқорда енді жоқ.</translation>
        </message>
        <message>
            <source>This step cannot be undone: the audit trail does not hold it.</source>
            <translation>Бұл қадамды болдырмау мүмкін емес: ол аудит журналында жоқ.</translation>
        </message>
        <message>
            <source>Only the person who made a change can undo it.</source>
            <translation>Өзгерісті тек оны жасаған адам ғана болдырмай алады.</translation>
        </message>
        <message>
            <source>Choose the value in the record or the other value.</source>
            <translation>Жазбадағы мәнді немесе басқа мәнді таңдаңыз.</translation>
        </message>
        <message>
            <source>There is no such conflict (it may have been resolved on another computer).</source>
            <translation>Мұндай қайшылық жоқ (оны басқа компьютерде шешкен болуы мүмкін).</translation>
        </message>
        <message>
            <source>You may not resolve this conflict: its case is not yours.</source>
            <translation>Бұл қайшылықты шеше алмайсыз: іс сіздікі емес.</translation>
        </message>
        <message>
            <source>This conflict was already resolved.</source>
            <translation>Бұл қайшылық бұрын шешілген.</translation>
        </message>
        <message>
            <source>The record this value belongs to is not here; keep the value in the record.</source>
            <translation>Бұл мән жататын жазба мұнда жоқ; жазбадағы мәнді қалдырыңыз.</translation>
        </message>
        <message>
            <source>There is no {what} with this id (it may have been archived).</source>
            <translation>Мұндай жазба жоқ (мұрағатқа жіберілген болуы мүмкін).</translation>
        </message>
        <message>
            <source>There is no referral with reference {reference}.</source>
            <translation>{reference} нөмірлі жолдама жоқ.</translation>
        </message>
        <message>
            <source>There is no import with this id.</source>
            <translation>Мұндай импорт жоқ.</translation>
        </message>
        <message>
            <source>This {what} was changed by someone else after you opened it, so your changes were not saved (nothing was overwritten). Reopen it to see the current version, then enter your changes again.</source>
            <translation>Бұл жазбаны сіз ашқаннан кейін басқа біреу өзгертті, сондықтан сіздің өзгерістеріңіз сақталмады (ештеңе қайта жазылған жоқ). Ағымдағы нұсқасын көру үшін оны қайта ашып, өзгерістерді қайта енгізіңіз.</translation>
        </message>
        <message>
            <source>The database is busy with another Qamqor window. Try again in a moment.</source>
            <translation>Дерекқорды Qamqor-дың басқа терезесі пайдаланып жатыр. Біраздан кейін қайталап көріңіз.</translation>
        </message>
        <message>
            <source>A record this one refers to does not exist (it may have been removed).</source>
            <translation>Бұл жазба сілтеме жасайтын жазба жоқ (жойылған болуы мүмкін).</translation>
        </message>
        <message>
            <source>Only {roles} may {doing}.</source>
            <translation>{doing} тек {roles} ғана жасай алады.</translation>
        </message>
        <message>
            <source>You may not open this case: it is not assigned or shared to you.</source>
            <translation>Бұл істі аша алмайсыз: ол сізге тағайындалмаған және сізбен бөлісілмеген.</translation>
        </message>
        <message>
            <source>You may not open this person's records: none of their cases is assigned or shared to you.</source>
            <translation>Бұл адамның жазбаларын аша алмайсыз: оның бірде-бір ісі сізге тағайындалмаған және сізбен бөлісілмеген.</translation>
        </message>
        <message>
            <source>Only a supervisor may assign a case to another caseworker.</source>
            <translation>Істі басқа іс жүргізуші маманға тек жетекші ғана тағайындай алады.</translation>
        </message>
        <message>
            <source>Only the case's own caseworker or a supervisor may share it.</source>
            <translation>Іске қол жеткізуді тек оның іс жүргізуші маманы немесе жетекші ғана аша алады.</translation>
        </message>
        <message>
            <source>A sensitive case cannot be shared: a supervisor can reassign it instead.</source>
            <translation>Құпия іске қол жеткізуді ашуға болмайды: жетекші оны қайта тағайындай алады.</translation>
        </message>
        <message>
            <source>Exports are CSV or XLSX files, not '{suffix}'.</source>
            <translation>Экспорт тек CSV немесе XLSX файлдарында болады, «{suffix}» емес.</translation>
        </message>
        <message>
            <source>There is no folder {folder} to save the export in.</source>
            <translation>Экспортты сақтайтын {folder} қалтасы жоқ.</translation>
        </message>
        <message>
            <source>The export could not be written to {path}: {reason}.</source>
            <translation>Экспортты {path} ішіне жазу мүмкін болмады: {reason}.</translation>
        </message>
        <message>
            <source>Qamqor is already set up: ask your administrator for an account.</source>
            <translation>Qamqor бапталып қойған: әкімшіден тіркелгі сұраңыз.</translation>
        </message>
        <message>
            <source>There is no active user '{username}'.</source>
            <translation>«{username}» белсенді пайдаланушысы жоқ.</translation>
        </message>
        <message>
            <source>There is no user '{username}'.</source>
            <translation>«{username}» пайдаланушысы жоқ.</translation>
        </message>
        <message>
            <source>You cannot take away your own administrator role: ask another administrator.</source>
            <translation>Өзіңізден әкімші рөлін ала алмайсыз: басқа әкімшіден сұраңыз.</translation>
        </message>
        <message>
            <source>'{username}' is the only administrator: make someone else an administrator first.</source>
            <translation>«{username}» — жалғыз әкімші: алдымен басқа біреуді әкімші етіп тағайындаңыз.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account: ask another administrator.</source>
            <translation>Өз тіркелгіңізді өшіре алмайсыз: басқа әкімшіден сұраңыз.</translation>
        </message>
        <message>
            <source>'{username}' is the only administrator and cannot be deactivated.</source>
            <translation>«{username}» — жалғыз әкімші, оны өшіруге болмайды.</translation>
        </message>
        <message>
            <source>'{username}' is already active.</source>
            <translation>«{username}» қазірдің өзінде белсенді.</translation>
        </message>
        <message>
            <source>The user name or the password is not right.</source>
            <translation>Пайдаланушы аты немесе құпиясөз дұрыс емес.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. Try again in {minutes} minute(s).</source>
            <translation>Қате құпиясөз тым көп енгізілді. {minutes} мин. кейін қайталап көріңіз.</translation>
        </message>
        <message>
            <source>'{kind}' is not a kind of history record ({kinds}).</source>
            <translation>«{kind}» — болу немесе рұқсат жазбасының түрі емес ({kinds}).</translation>
        </message>
        <message>
            <source>Referral {reference} was already sent: it cannot be changed. Revoke it and make a new one.</source>
            <translation>{reference} жолдамасы жіберіліп қойған: оны өзгертуге болмайды. Оны кері қайтарып, жаңасын жасаңыз.</translation>
        </message>
        <message>
            <source>Referral {reference} was sent: revoke it instead.</source>
            <translation>{reference} жолдамасы жіберілген: оның орнына оны кері қайтарыңыз.</translation>
        </message>
        <message>
            <source>Referral {reference} is already {status}.</source>
            <translation>{reference} жолдамасы қазірдің өзінде «{status}» күйінде.</translation>
        </message>
        <message>
            <source>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first.</source>
            <translation>{day} күні бұл ұйымға мынаны беруге рұқсат ететін күшіндегі келісім жоқ: {parts}, сондықтан жолдаманы жіберу мүмкін емес. Алдымен адамның келісімін жазыңыз.</translation>
        </message>
        <message>
            <source>No consent in force on {day} allows sharing {parts} with this organisation, so the referral cannot be sent. Record the person's consent first, or send it with an emergency override and its reason.</source>
            <translation>{day} күні бұл ұйымға мынаны беруге рұқсат ететін күшіндегі келісім жоқ: {parts}, сондықтан жолдаманы жіберу мүмкін емес. Алдымен адамның келісімін жазыңыз немесе жолдаманы себебін көрсетіп, шұғыл түрде жіберіңіз.</translation>
        </message>
        <message>
            <source>Only a supervisor, or the assigned caseworker for an emergency referral, may send a referral without consent.</source>
            <translation>Жолдаманы келісімсіз тек жетекші немесе шұғыл жолдама үшін тағайындалған іс жүргізуші маман ғана жібере алады.</translation>
        </message>
        <message>
            <source>Send a referral with send_referral: it checks the person's consent.</source>
            <translation>Жолдама «Жіберу» әрекетімен жіберіледі: ол адамның келісімін тексереді.</translation>
        </message>
        <message>
            <source>Referral {reference} is {status}: it can next be {allowed}, not {wanted}.</source>
            <translation>{reference} жолдамасы «{status}» күйінде: келесі күйі {allowed} болуы мүмкін, «{wanted}» емес.</translation>
        </message>
        <message>
            <source>Referral {reference} was revoked: its letter can no longer be printed.</source>
            <translation>{reference} жолдамасы кері қайтарылды: оның хатын енді басып шығаруға болмайды.</translation>
        </message>
        <message>
            <source>Referral {reference} has no consent on record: its letter cannot be printed.</source>
            <translation>{reference} жолдамасының жазылған келісімі жоқ: оның хатын басып шығаруға болмайды.</translation>
        </message>
        <message>
            <source>The person withdrew the consent referral {reference} relied on ({day}): its letter can no longer be printed. Revoke the referral and tell the organisation.</source>
            <translation>Адам {reference} жолдамасы негізделген келісімді кері қайтарды ({day}): оның хатын енді басып шығаруға болмайды. Жолдаманы кері қайтарып, ұйымға хабарлаңыз.</translation>
        </message>
        <message>
            <source>This consent was already withdrawn on {day}.</source>
            <translation>Бұл келісім {day} күні кері қайтарылып қойған.</translation>
        </message>
        <message>
            <source>There is no setting '{key}'. The settings are: {known}.</source>
            <translation>«{key}» баптауы жоқ. Баптаулар: {known}.</translation>
        </message>
        <message>
            <source>The import of {file} was already undone.</source>
            <translation>{file} файлының импорты бұрын болдырылмаған.</translation>
        </message>
        <message>
            <source>Name: give the mapping a name of 1 to 100 characters.</source>
            <translation>Атауы: сұлбаға 1-ден 100 таңбаға дейінгі атау беріңіз.</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>міндетті түрде толтырылады</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>бос болмауы керек</translation>
        </message>
        <message>
            <source>is too long (at most {max_length} characters)</source>
            <translation>тым ұзын (ең көбі {max_length} таңба)</translation>
        </message>
        <message>
            <source>is not in the expected form</source>
            <translation>күтілген түрде жазылмаған</translation>
        </message>
        <message>
            <source>is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)</source>
            <translation>күн емес (ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2024-05-10)</translation>
        </message>
        <message>
            <source>must be one of: {expected}</source>
            <translation>мыналардың бірі болуы керек: {expected}</translation>
        </message>
        <message>
            <source>is not a valid record id</source>
            <translation>жазба идентификаторы емес</translation>
        </message>
        <message>
            <source>is not a field Qamqor knows</source>
            <translation>Qamqor мұндай өрісті білмейді</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>бүтін сан болуы керек</translation>
        </message>
        <message>
            <source>must be yes or no (true or false)</source>
            <translation>«иә» немесе «жоқ» болуы керек (true немесе false)</translation>
        </message>
        <message>
            <source>must be at least {ge}</source>
            <translation>кемінде {ge} болуы керек</translation>
        </message>
        <message>
            <source>must be at most {le}</source>
            <translation>көп дегенде {le} болуы керек</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>мәтін болуы керек</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>тізім болуы керек</translation>
        </message>
        <message>
            <source>must be an object with fields</source>
            <translation>өрістері бар нысан болуы керек</translation>
        </message>
        <message>
            <source>{reason}</source>
            <translation>{reason}</translation>
        </message>
        <message>
            <source>must be between {first} and {last}</source>
            <translation>{first} мен {last} аралығында болуы керек</translation>
        </message>
        <message>
            <source>must not contain a control character ({code}) (at character {at})</source>
            <translation>басқарушы таңба ({code}) болмауы керек ({at}-таңба)</translation>
        </message>
        <message>
            <source>must not contain a line break (at character {at})</source>
            <translation>жол ауыстыру болмауы керек ({at}-таңба)</translation>
        </message>
        <message>
            <source>'{code}' is not a country code (use ISO 3166-1 alpha-3, e.g. UZB; XXA for stateless)</source>
            <translation>«{code}» — ел коды емес (ISO 3166-1 alpha-3 қолданыңыз, мысалы UZB; азаматтығы жоқ адамдар үшін XXA)</translation>
        </message>
        <message>
            <source>must not be before the {other} ({day})</source>
            <translation>{other} ({day}) күнінен бұрын болмауы керек</translation>
        </message>
        <message>
            <source>is in the future ({day})</source>
            <translation>болашақта ({day})</translation>
        </message>
        <message>
            <source>is in the future</source>
            <translation>болашақта</translation>
        </message>
        <message>
            <source>is required (only a permanent residence permit has no end date)</source>
            <translation>міндетті (аяқталу күні тек тұруға ықтиярхатта болмайды)</translation>
        </message>
        <message>
            <source>applies to work permits only</source>
            <translation>тек жұмысқа рұқсаттар үшін көрсетіледі</translation>
        </message>
        <message>
            <source>must be 12 digits with a correct control digit</source>
            <translation>дұрыс бақылау цифры бар 12 цифрдан тұруы керек</translation>
        </message>
        <message>
            <source>and the decision date go together: give both or neither</source>
            <translation>және шешім күні бірге көрсетіледі: екеуі де немесе ешқайсысы</translation>
        </message>
        <message>
            <source>must be empty while the decision is pending</source>
            <translation>шешім шықпайынша толтырылмайды</translation>
        </message>
        <message>
            <source>is required once the case is decided</source>
            <translation>шешім шыққан соң міндетті</translation>
        </message>
        <message>
            <source>applies only to a person found liable</source>
            <translation>тек кінәлі деп танылған адамға қолданылады</translation>
        </message>
        <message>
            <source>needs the decision date first</source>
            <translation>алдымен шешім күнін көрсетіңіз</translation>
        </message>
        <message>
            <source>{values} is not a {what} Qamqor knows (one of: {allowed})</source>
            <translation>{values}: Qamqor мұндай мәнді білмейді ({what}; мүмкін мәндер: {allowed})</translation>
        </message>
        <message>
            <source>indicator {indicator} is answered twice</source>
            <translation>{indicator} индикаторына екі рет жауап берілген</translation>
        </message>
        <message>
            <source>{indicator} is not an indicator of the screening</source>
            <translation>{indicator} — бұл скринингтің индикаторы емес</translation>
        </message>
        <message>
            <source>is required: name the officer, court or body that made this assessment</source>
            <translation>міндетті: осы бағалауды жүргізген қызметкерді, сотты немесе органды көрсетіңіз</translation>
        </message>
        <message>
            <source>is required: consent to share data names the organisation it may go to</source>
            <translation>міндетті: деректерді беруге келісімде оларды беруге болатын ұйым аталады</translation>
        </message>
        <message>
            <source>is required: say which parts of the case may be shared</source>
            <translation>міндетті: істің қай бөліктерін беруге болатынын көрсетіңіз</translation>
        </message>
        <message>
            <source>is required: verbal consent is given before a witness</source>
            <translation>міндетті: ауызша келісім куәгердің алдында беріледі</translation>
        </message>
        <message>
            <source>is required: choose the scanned signed form among the case's attachments</source>
            <translation>міндетті: іс тіркемелерінің ішінен қол қойылған нысанның сканерін таңдаңыз</translation>
        </message>
        <message>
            <source>is not an attachment of this case</source>
            <translation>бұл істің тіркемесі емес</translation>
        </message>
        <message>
            <source>must not be before the consent was given ({day})</source>
            <translation>келісім берілген күннен ({day}) бұрын болмауы керек</translation>
        </message>
        <message>
            <source>is not an e-mail address</source>
            <translation>электрондық пошта мекенжайы емес</translation>
        </message>
        <message>
            <source>choose at least one service</source>
            <translation>кемінде бір қызметті таңдаңыз</translation>
        </message>
        <message>
            <source>say in a sentence why the referral cannot wait for consent</source>
            <translation>жолдама неге келісімді күте алмайтынын бір сөйлеммен түсіндіріңіз</translation>
        </message>
        <message>
            <source>must not be before the referral was sent ({day})</source>
            <translation>жолдама жіберілген күннен ({day}) бұрын болмауы керек</translation>
        </message>
        <message>
            <source>is required: give the reason for the rejection</source>
            <translation>міндетті: бас тарту себебін көрсетіңіз</translation>
        </message>
        <message>
            <source>is required: give why the referral is revoked</source>
            <translation>міндетті: жолдаманың неге кері қайтарылғанын көрсетіңіз</translation>
        </message>
        <message>
            <source>does not match the date of birth ({day})</source>
            <translation>туған күнімен ({day}) сәйкес келмейді</translation>
        </message>
        <message>
            <source>the Latin spelling made from the name has {length} characters, more than 100: type a shorter Latin spelling</source>
            <translation>атынан жасалған латын жазылуында {length} таңба бар, 100-ден көп: қысқарақ латын жазылуын енгізіңіз</translation>
        </message>
        <message>
            <source>is not a region of Kazakhstan (e.g. Карагандинская обл., г. Алматы)</source>
            <translation>Қазақстанның өңірі емес (мысалы, Карагандинская обл., г. Алматы)</translation>
        </message>
        <message>
            <source>cannot be more than the {total_field} in all ({total})</source>
            <translation>жалпы саннан ({total}) көп болмауы керек</translation>
        </message>
        <message>
            <source>is required when the case is closed</source>
            <translation>іс жабылған кезде міндетті</translation>
        </message>
        <message>
            <source>needs the closing date too</source>
            <translation>жабылу күнін де қажет етеді</translation>
        </message>
        <message>
            <source>overlaps the stay from {entry} to {exit}</source>
            <translation>{entry} – {exit} аралығындағы болумен қиылысады</translation>
        </message>
        <message>
            <source>overlaps the stay from {entry}, which has no exit: record its exit first</source>
            <translation>{entry} бастап шығу күні жоқ болумен қиылысады: алдымен шығуды жазыңыз</translation>
        </message>
        <message>
            <source>is after the exit on {day}: the person was not in Kazakhstan that day</source>
            <translation>{day} шығудан кейін: ол күні адам Қазақстанда болған жоқ</translation>
        </message>
        <message>
            <source>the first account must be an administrator</source>
            <translation>бірінші тіркелгі әкімші болуы керек</translation>
        </message>
        <message>
            <source>'{username}' is already taken</source>
            <translation>«{username}» бос емес</translation>
        </message>
        <message>
            <source>is not right</source>
            <translation>дұрыс емес</translation>
        </message>
        <message>
            <source>must be from {low} to {high}</source>
            <translation>{low} мен {high} аралығында болуы керек</translation>
        </message>
        <message>
            <source>must not be more than the overdue days</source>
            <translation>мерзімі өткен күндер санынан көп болмауы керек</translation>
        </message>
        <message>
            <source>is needed: set the office's name first</source>
            <translation>қажет: алдымен кеңсенің атауын көрсетіңіз</translation>
        </message>
        <message>
            <source>give the day the service is planned for, or the day it was given</source>
            <translation>қызмет қай күнге жоспарланғанын немесе қашан көрсетілгенін жазыңыз</translation>
        </message>
        <message>
            <source>needs the day the service was given</source>
            <translation>қызмет көрсетілген күн керек</translation>
        </message>
        <message>
            <source>is not a service of this referral's case</source>
            <translation>бұл жолдаманың ісінің қызметі емес</translation>
        </message>
        <message>
            <source>services are recorded with the step "services delivered" only</source>
            <translation>қызметтер тек «қызметтер көрсетілді» қадамында белгіленеді</translation>
        </message>
        <message>
            <source>choose the organisation from the directory or write its name, not both</source>
            <translation>ұйымды анықтамалықтан таңдаңыз немесе атауын жазыңыз, екеуін бірдей емес</translation>
        </message>
        <message>
            <source>must not be before the person was born ({day})</source>
            <translation>адам туған күннен ({day}) бұрын болмауы керек</translation>
        </message>
        <message>
            <source>caseworker</source>
            <translation>іс жүргізуші маман</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>жетекші</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>әкімші</translation>
        </message>
        <message>
            <source> or </source>
            <translation> немесе </translation>
        </message>
        <message>
            <source>the referral itself</source>
            <translation>жолдаманың өзі</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ештеңе</translation>
        </message>
        <message>
            <source>service</source>
            <translation>қызмет</translation>
        </message>
        <message>
            <source>part of a case</source>
            <translation>іс бөлігі</translation>
        </message>
        <message>
            <source>language code</source>
            <translation>тіл коды</translation>
        </message>
        <message>
            <source>A record cannot be merged into itself.</source>
            <translation>Жазбаны өзімен біріктіруге болмайды.</translation>
        </message>
        <message>
            <source>These are not fields of a person: {fields}.</source>
            <translation>Бұлар адам туралы мәліметтердің өрістері емес: {fields}.</translation>
        </message>
        <message>
            <source>This merge can no longer be undone: a record it moved was moved or changed again afterwards. Nothing was changed.</source>
            <translation>Бұл біріктіруден енді бас тарту мүмкін емес: ол көшірген жазба кейін қайта көшірілді немесе өзгертілді. Ештеңе өзгертілмеді.</translation>
        </message>
        <message>
            <source>{file} has changed, or was moved, since it was read and checked, so nothing was imported from it. Read it and check it again before importing.</source>
            <translation>{file} файлы оқылып, тексерілгеннен кейін өзгерді немесе басқа орынға жылжытылды, сондықтан одан ештеңе импортталмады. Импорттау алдында оны қайта оқып, қайта тексеріңіз.</translation>
        </message>
        <message>
            <source>The period ends on {last}, before it starts on {first}.</source>
            <translation>Кезең {first} басталмай тұрып, {last} аяқталады.</translation>
        </message>
        <message>
            <source>The period from {first} to {last} is longer than three years: report on a shorter one.</source>
            <translation>{first} – {last} кезеңі үш жылдан ұзақ: қысқарақ кезеңді таңдаңыз.</translation>
        </message>
        <message>
            <source>A report is written as an .xlsx workbook or a .pdf document, not '{suffix}'.</source>
            <translation>Есеп .xlsx кітабына немесе .pdf құжатына сақталады, «{suffix}» емес.</translation>
        </message>
        <message>
            <source>These two records are linked to each other as relatives: they are two people, and cannot be merged.</source>
            <translation>Бұл екі жазба бір-бірімен туыс ретінде байланысқан: бұлар екі түрлі адам, оларды біріктіруге болмайды.</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Алдағы %n күнде</numerusform>
                <numerusform>Алдағы %n күнде</numerusform>
            </translation>
        </message>
    </context>
</TS>
