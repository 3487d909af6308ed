<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name />
        <message>
            <location filename="../../desktop/supervisor/words.py" line="59" />
            <source>Rule version: {0}</source>
            <translation>Ереже нұсқасы: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="65" />
            <source>Due today</source>
            <translation>Мерзімі бүгін</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="69" />
            <source>Region not recorded</source>
            <translation>Өңір көрсетілмеген</translation>
        </message>
    </context>
    <context>
        <name>AlertListModel</name>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Due</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Days</source>
            <translation>Күн</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Deadline</source>
            <translation>Мерзім</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="174" />
            <source>(no longer on the list)</source>
            <translation>(тізімде енді жоқ)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="191" />
            <source>Office: employers</source>
            <translation>Кеңсе: жұмыс берушілер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="195" />
            <source>Not assigned</source>
            <translation>Тағайындалмаған</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="94" />
            <source>Group</source>
            <translation>Топ</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="94" />
            <source>Alerts</source>
            <translation>Ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="100" />
            <source>Deadlines in the next 8 weeks</source>
            <translation>Алдағы 8 аптадағы мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="139" />
            <source>Due</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="141" />
            <source>Deadline</source>
            <translation>Мерзім</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="141" />
            <source>All deadlines</source>
            <translation>Барлық мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="142" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="142" />
            <location filename="../../desktop/supervisor/alerts_view.py" line="230" />
            <source>Not assigned</source>
            <translation>Тағайындалмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="143" />
            <source>Everyone</source>
            <translation>Барлығы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="147" />
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="148" />
            <source>All regions</source>
            <translation>Барлық өңірлер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="149" />
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="150" />
            <source>All categories</source>
            <translation>Барлық санаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="154" />
            <location filename="../../desktop/supervisor/alerts_view.py" line="159" />
            <source>As of</source>
            <translation>Күнге</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="155" />
            <source>The day to judge from: what will be overdue on that day?</source>
            <translation>Бағалау күні: осы күні не мерзімі өтеді?</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="163" />
            <source>Today</source>
            <translation>Бүгін</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="200" />
            <source>Reading the deadlines…</source>
            <translation>Мерзімдер оқылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="218" />
            <source>Reading the rest of the list…</source>
            <translation>Тізімнің қалғаны оқылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="222" />
            <source>(as of {0})</source>
            <translation>({0} күнгі жағдай)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/alerts_view.py" line="223" />
            <source>%n alert(s) listed</source>
            <translation>
                <numerusform>Тізімде %n ескерту</numerusform>
                <numerusform>Тізімде %n ескерту</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="228" />
            <source>By deadline</source>
            <translation>Мерзім бойынша</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="229" />
            <source>By caseworker</source>
            <translation>Куратор бойынша</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="232" />
            <source>By region</source>
            <translation>Өңір бойынша</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="235" />
            <source>By category</source>
            <translation>Санат бойынша</translation>
        </message>
    </context>
    <context>
        <name>AllocationDialog</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="109" />
            <source>Set a quota allocation</source>
            <translation>Квотаны белгілеу</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="122" />
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="123" />
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="124" />
            <source>Work category</source>
            <translation>Рұқсат санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="125" />
            <source>Units</source>
            <translation>Бірлік</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/app.py" line="32" />
            <source>maintenance (no user)</source>
            <translation>қызмет көрсету (пайдаланушысыз)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="142" />
            <source>Record an assessment</source>
            <translation>Бағалауды жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="144" />
            <source>Assessed on</source>
            <translation>Бағалау күні</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="145" />
            <source>Outcome</source>
            <translation>Қорытынды</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="146" />
            <source>Decided by</source>
            <translation>Кім шешті</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="147" />
            <source>Officer, court or body</source>
            <translation>Қызметкер, сот немесе орган</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="148" />
            <source>Reasoning</source>
            <translation>Негіздеме</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="149" />
            <source>You decide; the indicators only support the decision.</source>
            <translation>Шешімді сіз қабылдайсыз; индикаторлар тек соған көмектеседі.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="152" />
            <source>Latest screening ({0}): {1} indicator(s) present in {2} group(s).</source>
            <translation>Соңғы сұхбат ({0}): анықталған индикаторлар: {1}, топтар: {2}.</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../desktop/case_list/model.py" line="55" />
            <source>Sorting and filtering the cases…</source>
            <translation>Істер сұрыпталып, іріктелуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Next deadline</source>
            <translation>Жақын мерзім</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Deadline status</source>
            <translation>Мерзім күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="117" />
            <source>(no longer available)</source>
            <translation>(енді қолжетімсіз)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="138" />
            <source>Not assigned</source>
            <translation>Тағайындалмаған</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_list/model.py" line="151" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Мерзімі %n күн өтті</numerusform>
                <numerusform>Мерзімі %n күн өтті</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="153" />
            <source>Due today</source>
            <translation>Мерзімі бүгін</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_list/model.py" line="153" />
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>%n күннен кейін</numerusform>
                <numerusform>%n күннен кейін</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="155" />
            <source>Case closed</source>
            <translation>Іс жабылды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="156" />
            <source>On track</source>
            <translation>Уақытында</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <location filename="../../desktop/case_list/view.py" line="102" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n іс</numerusform>
                <numerusform>%n іс</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="215" />
            <source>The case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="216" />
            <source>What kind of help, how urgent, and who works on it.</source>
            <translation>Қандай көмек керек, қаншалықты шұғыл және істі кім жүргізеді.</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../desktop/case_view/view.py" line="38" />
            <source>Opening the case…</source>
            <translation>Іс ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="61" />
            <source>Person and documents</source>
            <translation>Адам және құжаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="62" />
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="63" />
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="64" />
            <source>Notes and attachments</source>
            <translation>Жазбалар мен тіркемелер</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="139" />
            <source>Add {0}</source>
            <translation>Қосу: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="139" />
            <source>Change {0}</source>
            <translation>Өзгерту: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="66" />
            <source>Trafficking and referrals</source>
            <translation>Адам саудасы және жолдамалар</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="70" />
            <source>History</source>
            <translation>Тарих</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="57" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="57" />
            <source>Open cases</source>
            <translation>Ашық істер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="58" />
            <source>Overdue deadlines</source>
            <translation>Өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="59" />
            <source>Due within 7 days</source>
            <translation>7 күнде</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="67" />
            <source>Not assigned</source>
            <translation>Тағайындалмаған</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="131" />
            <source>Open cases per caseworker, by priority</source>
            <translation>Кураторлар мен басымдық бойынша ашық істер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="138" />
            <location filename="../../desktop/supervisor/caseload_view.py" line="148" />
            <source>Reassign to</source>
            <translation>Кураторға беру</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="141" />
            <location filename="../../desktop/supervisor/caseload_view.py" line="234" />
            <source>Reassign selected cases</source>
            <translation>Таңдалған істерді беру</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="206" />
            <source>(nobody: unassign)</source>
            <translation>(ешкім: тағайындауды алу)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="220" />
            <source>Not assigned</source>
            <translation>Тағайындалмаған</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="221" />
            <source>{0}: %n open case(s)</source>
            <translation>
                <numerusform>{0}: %n ашық іс</numerusform>
                <numerusform>{0}: %n ашық іс</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="233" />
            <source>Reassign %n case(s)</source>
            <translation>
                <numerusform>%n істі беру</numerusform>
                <numerusform>%n істі беру</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="244" />
            <source>%n case(s) reassigned to {0}</source>
            <translation>
                <numerusform>%n іс берілді: {0}</numerusform>
                <numerusform>%n іс берілді: {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Priority</source>
            <translation>Басымдық</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Opened</source>
            <translation>Ашылды</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="107" />
            <source>Next deadline</source>
            <translation>Жақын мерзім</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="165" />
            <source>Record consent</source>
            <translation>Келісімді жазу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="169" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="170" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="171" />
            <source>May share</source>
            <translation>Беруге болады</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="172" />
            <source>Given on</source>
            <translation>Келісім күні</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="173" />
            <source>How</source>
            <translation>Қалай алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="174" />
            <source>Witness</source>
            <translation>Куәгер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="176" />
            <source>Signed form</source>
            <translation>Қол қойылған нысан</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="178" />
            <source>Explain to the person what will be shared, with whom and why, in a language they understand; they may withdraw consent at any time. A signed form is first attached to the case (Notes and attachments).</source>
            <translation>Адамға түсінікті тілде қандай мәліметтер, кімге және не үшін берілетінін түсіндіріңіз; келісімді кез келген уақытта кері қайтарып алуға болады. Қол қойылған нысанды алдымен іске тіркеңіз (Жазбалар мен тіркемелер).</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="30" />
            <source>Supervisor's dashboard — Qamqor</source>
            <translation>Жетекшінің панелі — Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="42" />
            <source>Deadline alerts</source>
            <translation>Мерзімдер туралы ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="46" />
            <source>Caseloads</source>
            <translation>Кураторлардың жүктемесі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="49" />
            <source>Labour quota</source>
            <translation>Жұмыс күшіне квота</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="69" />
            <source>Dashboard</source>
            <translation>Панель</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="72" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="77" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="82" />
            <source>Alert list as CSV…</source>
            <translation>Ескертулер тізімі CSV-ге…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="83" />
            <source>Alert list as Excel workbook…</source>
            <translation>Ескертулер тізімі Excel кітабына…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="86" />
            <source>Statistics (no names) as CSV…</source>
            <translation>Статистика (атаусыз) CSV-ге…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="87" />
            <source>Statistics (no names) as Excel workbook…</source>
            <translation>Статистика (атаусыз) Excel кітабына…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="104" />
            <source>Bringing every deadline up to today…</source>
            <translation>Барлық мерзімдер бүгінге қайта есептелуде…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/dashboard.py" line="108" />
            <source>Deadlines of %n person(s) brought up to today</source>
            <translation>
                <numerusform>%n адамның мерзімдері бүгінге қайта есептелді</numerusform>
                <numerusform>%n адамның мерзімдері бүгінге қайта есептелді</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="113" />
            <source>CSV files (*.csv)</source>
            <translation>CSV файлдары (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="113" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="123" />
            <source>Export the alert list</source>
            <translation>Ескертулер тізімін экспорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="132" />
            <source>Export statistics</source>
            <translation>Статистиканы экспорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="139" />
            <source>Exporting…</source>
            <translation>Экспортталуда…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/dashboard.py" line="141" />
            <source>Exported %n row(s) to {0}</source>
            <translation>
                <numerusform>{0} файлына %n жол экспортталды</numerusform>
                <numerusform>{0} файлына %n жол экспортталды</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="56" />
            <source>YYYY</source>
            <translation>ЖЖЖЖ</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="56" />
            <source>MM</source>
            <translation>АА</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="57" />
            <source>DD</source>
            <translation>КК</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="59" />
            <source>Pick a date from a calendar</source>
            <translation>Күнтізбеден күнді таңдау</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="79" />
            <source>is not a date: write it as {0}</source>
            <translation>бұл күн емес: былай жазыңыз: {0}</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesModel</name>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Deadline</source>
            <translation>Мерзім</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Due</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Days left</source>
            <translation>Қалды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="42" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n күн бұрын</numerusform>
                <numerusform>%n күн бұрын</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="43" />
            <source>today</source>
            <translation>бүгін</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="43" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n күн</numerusform>
                <numerusform>%n күн</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="63" />
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="95" />
            <source>No deadlines: nothing recorded for this person sets one.</source>
            <translation>Мерзімдер жоқ: бұл адам туралы жазылғандардың ешқайсысы мерзім белгілемейді.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="100" />
            <source>Not in Kazakhstan now, as far as the stays recorded show.</source>
            <translation>Жазылған сапарларға қарағанда, қазір Қазақстанда емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="101" />
            <source>In Kazakhstan now.</source>
            <translation>Қазір Қазақстанда.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="103" />
            <source>%n day(s) of the last 180 count towards the limit.</source>
            <translation>
                <numerusform>Соңғы 180 күннің %n күні шектеуге есептелді.</numerusform>
                <numerusform>Соңғы 180 күннің %n күні шектеуге есептелді.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="105" />
            <source>Must leave by {0}.</source>
            <translation>Елден шығудың соңғы күні: {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="107" />
            <source>Overstayed by %n day(s).</source>
            <translation>
                <numerusform>Болу мерзімі %n күнге асып кетті.</numerusform>
                <numerusform>Болу мерзімі %n күнге асып кетті.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="118" />
            <source>Legal source and rule version…</source>
            <translation>Құқықтық дереккөз және ереже нұсқасы…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="126" />
            <source>no end date</source>
            <translation>аяқталу күні жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="127" />
            <source>Rule: {0}
Version: {1}
In force: {2} – {3}

Source:
{4}</source>
            <translation>Ереже: {0}
Нұсқа: {1}
Күшінде: {2} – {3}

Дереккөз:
{4}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="130" />
            <source>How it was checked:
{0}</source>
            <translation>Қалай тексерілді:
{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="131" />
            <source>Legal source</source>
            <translation>Құқықтық дереккөз</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="97" />
            <source>Service directory</source>
            <translation>Қызметтер анықтамалығы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="100" />
            <source>Every service</source>
            <translation>Барлық қызметтер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Services</source>
            <translation>Қызметтер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>Regions</source>
            <translation>Өңірлер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="107" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="114" />
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="115" />
            <source>Change…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="116" />
            <source>Archive…</source>
            <translation>Мұрағатқа…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="117" />
            <source>The office's details…</source>
            <translation>Ұйым деректемелері…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="118" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="120" />
            <source>Service:</source>
            <translation>Қызмет:</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="176" />
            <source>Archive</source>
            <translation>Мұрағатқа</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="177" />
            <source>Take {0} out of the directory? Referrals already made to it keep its name.</source>
            <translation>«{0}» анықтамалықтан алынсын ба? Бұрын жасалған жолдамаларда оның атауы сақталады.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsModel</name>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Document</source>
            <translation>Құжат</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Country</source>
            <translation>Ел</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="118" />
            <source>Identity documents</source>
            <translation>Жеке басты куәландыратын құжаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="119" />
            <source>Add each document they have (passport, ID card, ...). Leave the number empty if they have none with them.</source>
            <translation>Адамның барлық құжаттарын қосыңыз (төлқұжат, жеке куәлік…). Қасында құжаты болмаса, нөмірін бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="126" />
            <source>Open this person's case instead</source>
            <translation>Осы адамның ісін ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="128" />
            <source>Add another document</source>
            <translation>Тағы құжат қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="138" />
            <source>Documents to save:</source>
            <translation>Сақталатын құжаттар:</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="164" />
            <source>This document number is already recorded for {0} ({1}, {2}).</source>
            <translation>Бұл нөмірлі құжат бұрыннан жазылған: {0} ({1}, {2}).</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="165" />
            <source>This document number is already recorded, for a person in a case you may not see: ask your supervisor before saving a new person.</source>
            <translation>Бұл нөмірлі құжат сізге көрінбейтін істегі адамға жазылған: жаңа адамды сақтамас бұрын жетекшіңізден сұраңыз.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" line="38" />
            <source>Correct the fields named above, then save again.</source>
            <translation>Жоғарыда аталған өрістерді түзетіп, қайта сақтаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="40" />
            <source>Someone else changed this record after you opened it, so your changes were not saved. Nothing was overwritten.</source>
            <translation>Сіз ашқаннан кейін бұл жазбаны басқа біреу өзгертті, сондықтан өзгерістеріңіз сақталмады. Ештеңе қайта жазылған жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="42" />
            <source>Reload to see the current version, then enter your changes again.</source>
            <translation>Ағымдағы нұсқаны көру үшін жаңартыңыз да, өзгерістерді қайта енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="44" />
            <source>This record is no longer there; it may have been archived.</source>
            <translation>Бұл жазба енді жоқ: мүмкін, мұрағатқа жіберілген.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="45" />
            <source>Refresh the list and open the record again.</source>
            <translation>Тізімді жаңартып, жазбаны қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="47" />
            <source>If you need this, ask your supervisor to assign or share the case with you.</source>
            <translation>Қажет болса, жетекшіңізден істі сізге тағайындауын немесе оған қолжетімділік беруін сұраңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="50" />
            <source>If this keeps happening, tell your administrator.</source>
            <translation>Бұл қайталана берсе, әкімшіге хабарлаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="52" />
            <source>Qamqor could not read or write its database file ({0}).</source>
            <translation>Qamqor дерекқор файлын оқи немесе жаза алмады ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="53" />
            <source>Check that the disk is not full and that no other program holds the file, then try again.</source>
            <translation>Дискінің толып кетпегенін және файлды басқа бағдарлама ұстап тұрмағанын тексеріп, қайталап көріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="55" />
            <source>Something went wrong inside Qamqor; what you were doing may not have been saved.</source>
            <translation>Qamqor ішінде ақау орын алды; соңғы әрекетіңіз сақталмаған болуы мүмкін.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="56" />
            <source>This is a fault in Qamqor, not in what you did. The details are in {0}: please send that file to your administrator.</source>
            <translation>Бұл сіздің әрекетіңіздегі емес, Qamqor бағдарламасындағы қате. Толығырақ {0} файлында: оны әкімшіге жіберіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="70" />
            <source>Qamqor</source>
            <translation>Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="74" />
            <source>Reload</source>
            <translation>Жаңарту</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/case_list/view.py" line="29" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="30" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="31" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="32" />
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="32" />
            <source>Overdue</source>
            <translation>Мерзімі өткендер</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="33" />
            <source>Due within 7 days</source>
            <translation>7 күн ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="43" />
            <source>All</source>
            <translation>Барлығы</translation>
        </message>
    </context>
    <context>
        <name>FindBox</name>
        <message>
            <location filename="../../desktop/find_box.py" line="55" />
            <source>Find a person: name, IIN or document number (Ctrl+F)</source>
            <translation>Адамды табу: аты-жөні, ЖСН немесе құжат нөмірі (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>FormPanel</name>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="25" />
            <source>Save changes</source>
            <translation>Өзгерістерді сақтау</translation>
        </message>
    </context>
    <context>
        <name>HeadcountDialog</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="141" />
            <source>Record an employer's staff figures</source>
            <translation>Жұмыс берушінің қызметкерлер саны</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="150" />
            <source>Employer</source>
            <translation>Жұмыс беруші</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="151" />
            <source>Staff on</source>
            <translation>Қызметкерлер саны күні</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="152" />
            <source>Management posts</source>
            <translation>Басшылық лауазымдар</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="153" />
            <location filename="../../desktop/supervisor/quota_view.py" line="155" />
            <source>… held by citizens</source>
            <translation>… оның ішінде азаматтар</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="154" />
            <source>Specialist and skilled posts</source>
            <translation>Маман және білікті жұмысшы лауазымдары</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="160" />
            <source>At least 70 % of management and 90 % of specialist posts must be held by citizens [004:L142].</source>
            <translation>Басшылық лауазымдардың кемінде 70 %-ын және маман лауазымдарының 90 %-ын азаматтар атқаруы тиіс [004:L142].</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="21" />
            <source>created</source>
            <translation>жасады</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="21" />
            <source>changed</source>
            <translation>өзгертті</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="22" />
            <source>archived</source>
            <translation>мұрағатқа жіберді</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="22" />
            <source>opened (sensitive case)</source>
            <translation>ашты (құпия іс)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="23" />
            <source>was refused</source>
            <translation>бас тартылды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="23" />
            <source>shared</source>
            <translation>қолжетімділік берді</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="24" />
            <source>printed</source>
            <translation>басып шығарды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="24" />
            <source>exported</source>
            <translation>экспорттады</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>Did</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="40" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="40" />
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="63" />
            <source>maintenance</source>
            <translation>қызмет көрсету</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../desktop/labels.py" line="21" />
            <source>Labour migrant</source>
            <translation>Еңбек мигранты</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="22" />
            <source>Trafficking survivor</source>
            <translation>Адам саудасынан зардап шеккен</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="23" />
            <source>Refugee</source>
            <translation>Босқын</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="24" />
            <source>Asylum seeker</source>
            <translation>Пана іздеуші</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="25" />
            <source>Stateless person</source>
            <translation>Азаматтығы жоқ адам</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="26" />
            <source>Kandas</source>
            <translation>Қандас</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="27" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="29" />
            <source>Open</source>
            <translation>Ашық</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="30" />
            <source>Active</source>
            <translation>Жұмыста</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="31" />
            <source>Referred</source>
            <translation>Жолданды</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="32" />
            <source>Closed</source>
            <translation>Жабық</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="34" />
            <source>Low</source>
            <translation>Төмен</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="35" />
            <source>Normal</source>
            <translation>Қалыпты</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="36" />
            <source>High</source>
            <translation>Жоғары</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="37" />
            <source>Urgent</source>
            <translation>Шұғыл</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="39" />
            <source>Female</source>
            <translation>Әйел</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="40" />
            <source>Male</source>
            <translation>Ер</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="41" />
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="43" />
            <source>Passport</source>
            <translation>Төлқұжат</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="44" />
            <source>Identity card</source>
            <translation>Жеке куәлік</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="45" />
            <source>Travel document</source>
            <translation>Жол жүру құжаты</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="46" />
            <source>Refugee travel document</source>
            <translation>Босқынның жол жүру құжаты</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="47" />
            <source>Stateless person's travel document</source>
            <translation>Азаматтығы жоқ адамның жол жүру құжаты</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="48" />
            <source>Birth certificate</source>
            <translation>Туу туралы куәлік</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="50" />
            <source>Visa-free</source>
            <translation>Визасыз</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="51" />
            <source>Visa</source>
            <translation>Виза</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="52" />
            <source>Residence permit</source>
            <translation>Ықтиярхат</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="53" />
            <source>Diplomatic</source>
            <translation>Дипломатиялық</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="55" />
            <source>Temporary residence permit</source>
            <translation>Уақытша тұруға рұқсат</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="56" />
            <source>Permanent residence permit</source>
            <translation>Тұрақты тұруға рұқсат</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="57" />
            <source>Work permit</source>
            <translation>Жұмысқа рұқсат</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="58" />
            <source>Patent (domestic work)</source>
            <translation>Патент (жеке тұлғаларда жұмыс)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="59" />
            <source>Refugee certificate</source>
            <translation>Босқын куәлігі</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="60" />
            <source>Asylum-seeker certificate</source>
            <translation>Пана іздеуші адамның куәлігі</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="62" />
            <source>1st category (managers)</source>
            <translation>1-санат (басшылар)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="63" />
            <source>2nd category (heads of units)</source>
            <translation>2-санат (бөлімше басшылары)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="64" />
            <source>3rd category (specialists)</source>
            <translation>3-санат (мамандар)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="65" />
            <source>4th category (skilled workers)</source>
            <translation>4-санат (білікті жұмысшылар)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="66" />
            <source>Seasonal work</source>
            <translation>Маусымдық жұмыс</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="67" />
            <source>Intra-corporate transfer</source>
            <translation>Корпоративішілік ауыстыру</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="69" />
            <source>Employment contract</source>
            <translation>Еңбек шарты</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="70" />
            <source>Civil contract</source>
            <translation>Азаматтық-құқықтық шарт</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="71" />
            <source>Company</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="72" />
            <source>Household</source>
            <translation>Үй шаруашылығы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="73" />
            <source>Granted</source>
            <translation>Қанағаттандырылды</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="74" />
            <source>Refused</source>
            <translation>Бас тартылды</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="76" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="77" />
            <source>Supervisor</source>
            <translation>Жетекші</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="78" />
            <source>Administrator</source>
            <translation>Әкімші</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="80" />
            <source>Aircraft crew</source>
            <translation>Әуе кемесінің экипажы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="81" />
            <source>Ship crew</source>
            <translation>Теңіз кемесінің экипажы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="82" />
            <source>Train crew</source>
            <translation>Пойыз бригадасы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="83" />
            <source>International driver</source>
            <translation>Халықаралық тасымал жүргізушісі</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="84" />
            <source>Diplomatic courier</source>
            <translation>Дипломатиялық курьер</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="85" />
            <source>Escort officer</source>
            <translation>Алып жүруші қызметкер</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="86" />
            <source>Official delegation</source>
            <translation>Ресми делегация</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="87" />
            <source>Cross-border facility staff</source>
            <translation>Шекара маңындағы нысан қызметкері</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="88" />
            <source>Leased territory (Baikonur)</source>
            <translation>Жалға алынған аумақ (Байқоңыр)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="92" />
            <source>Last day of stay (per entry)</source>
            <translation>Болудың соңғы күні (бір келуге)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="93" />
            <source>Last day of stay (90 in 180 days)</source>
            <translation>Болудың соңғы күні (180 күннің 90-ы)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="94" />
            <source>Registration of the place of stay</source>
            <translation>Болатын жері бойынша тіркеу</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="95" />
            <source>Document expires</source>
            <translation>Құжат мерзімінің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="96" />
            <source>Extend refugee status</source>
            <translation>Босқын мәртебесін ұзарту</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="97" />
            <source>Refugee certificate to be issued</source>
            <translation>Босқын куәлігін беру</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="98" />
            <source>Decision on the asylum claim</source>
            <translation>Пана туралы өтініш бойынша шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="99" />
            <source>Latest decision on the asylum claim</source>
            <translation>Өтініш бойынша шешімнің соңғы мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="100" />
            <source>End of the re-entry ban</source>
            <translation>Келуге тыйым салудың аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="101" />
            <source>End of job search after a contract</source>
            <translation>Шарттан кейін жұмыс іздеудің аяқталуы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="102" />
            <source>May apply for citizenship</source>
            <translation>Азаматтыққа өтініш бере алады</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="103" />
            <source>Employer's request for the quota</source>
            <translation>Жұмыс берушінің квотаға өтінімі</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="107" />
            <source>Overdue</source>
            <translation>Мерзімі өтті</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="108" />
            <source>Due soon</source>
            <translation>Мерзімі жақын</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="109" />
            <source>On track</source>
            <translation>Уақытында</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="110" />
            <source>Done</source>
            <translation>Орындалды</translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="74" />
            <source>Referral letter {0}</source>
            <translation>Жолдама {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="87" />
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="88" />
            <source>Save as PDF…</source>
            <translation>PDF ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="89" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="93" />
            <source>Language of the letter:</source>
            <translation>Хаттың тілі:</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="155" />
            <source>Print referral letter {0}</source>
            <translation>{0} жолдамасын басып шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="165" />
            <source>Save the referral letter</source>
            <translation>Жолдаманы сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="166" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../desktop/idle_lock.py" line="28" />
            <source>Qamqor is locked</source>
            <translation>Qamqor құлыпталды</translation>
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="32" />
            <source>{0} was away. Enter your password to continue.</source>
            <translation>{0} орнында болмаған кезде терезе құлыпталды. Жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="35" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="40" />
            <source>Unlock</source>
            <translation>Құлыпты ашу</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="26" />
            <source>Qamqor — {0}</source>
            <translation>Qamqor — {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="32" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="62" />
            <source>&amp;New case…</source>
            <translation>&amp;Жаңа іс…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="63" />
            <source>&amp;Find a person</source>
            <translation>Адамды &amp;табу</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="64" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="65" />
            <source>&amp;Print case…</source>
            <translation>Істі &amp;басып шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="66" />
            <location filename="../../desktop/main_window.py" line="231" />
            <source>&amp;Undo</source>
            <translation>Б&amp;олдырмау</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="67" />
            <source>&amp;Close tab</source>
            <translation>Қойындыны &amp;жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="69" />
            <source>&amp;Quit</source>
            <translation>Ш&amp;ығу</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="71" />
            <source>&amp;Refresh</source>
            <translation>Жаң&amp;арту</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="72" />
            <source>&amp;Preferences…</source>
            <translation>Б&amp;аптаулар…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="74" />
            <source>&amp;About Qamqor</source>
            <translation>Qamqor &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="75" />
            <source>Open a new case (Ctrl+N)</source>
            <translation>Жаңа іс ашу (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="79" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="87" />
            <source>&amp;Edit</source>
            <translation>Т&amp;үзету</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="94" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="99" />
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="101" />
            <source>Main</source>
            <translation>Негізгі</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="116" />
            <source>Signed in as {0}</source>
            <translation>Пайдаланушы: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/main_window.py" line="119" />
            <source>%n case(s) in the list</source>
            <translation>
                <numerusform>Тізімде %n іс</numerusform>
                <numerusform>Тізімде %n іс</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="134" />
            <source>Opening…</source>
            <translation>Ашылуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="143" />
            <source>{0} has no case yet: open one with New case.</source>
            <translation>{0}: әлі іс жоқ. «Жаңа іс» арқылы ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="164" />
            <source>Unsaved changes</source>
            <translation>Сақталмаған өзгерістер</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="164" />
            <source>You have changes that are not saved ({0}).</source>
            <translation>Сақталмаған өзгерістер бар ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="211" />
            <source>Undone: {0}</source>
            <translation>Болдырылмады: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="220" />
            <source>About Qamqor</source>
            <translation>Qamqor туралы</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="221" />
            <source>Qamqor helps caseworkers follow the cases of migrants in Kazakhstan: their stays, documents and deadlines, with the legal source of each deadline.

Everything stays on this computer.</source>
            <translation>Qamqor кураторларға Қазақстандағы мигранттардың істерін жүргізуге көмектеседі: елде болуы, құжаттары және мерзімдері — әр мерзімнің құқықтық дереккөзімен.

Барлық деректер осы компьютерде қалады.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="231" />
            <source>&amp;Undo {0}</source>
            <translation>Б&amp;олдырмау: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="82" />
            <source>Print referral &amp;letters…</source>
            <translation>&amp;Жолдамаларды басып шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="91" />
            <source>Service &amp;directory…</source>
            <translation>Қызметтер &amp;анықтамалығы…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="70" />
            <source>Sign &amp;out</source>
            <translation>Тіркелгіден &amp;шығу</translation>
        </message>
    </context>
    <context>
        <name>MatchModel</name>
        <message>
            <location filename="../../desktop/find_box.py" line="42" />
            <source>no case yet</source>
            <translation>әлі іс жоқ</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/messages.py" line="27" />
            <source>is required</source>
            <translation>міндетті түрде толтырылады</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="29" />
            <source>must not be empty</source>
            <translation>бос болмауы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="31" />
            <source>is too long (at most {0} characters)</source>
            <translation>тым ұзын ({0} таңбадан аспауы керек)</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="33" />
            <source>is not in the expected form</source>
            <translation>күтілген түрде жазылмаған</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="35" />
            <source>is not a valid date</source>
            <translation>бұл күн емес</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="37" />
            <source>must be one of: {0}</source>
            <translation>мыналардың бірі болуы керек: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="39" />
            <source>must be a whole number</source>
            <translation>бүтін сан болуы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="41" />
            <source>must be at least {0}</source>
            <translation>кемінде {0} болуы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="43" />
            <source>must be at most {0}</source>
            <translation>көп дегенде {0} болуы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="45" />
            <source>must not be before the {0} ({1})</source>
            <translation>мына күннен бұрын болмауы керек: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="47" />
            <source>is required when the case is closed</source>
            <translation>іс жабылғанда міндетті</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="49" />
            <source>needs the closing date too</source>
            <translation>жабылған күні де керек</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="51" />
            <source>is required (only a permanent residence permit has no end date)</source>
            <translation>міндетті (аяқталу күні тек тұрақты тұруға рұқсатта болмайды)</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="53" />
            <source>applies to work permits only</source>
            <translation>тек жұмысқа рұқсатқа қатысты</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="55" />
            <source>must be 12 digits with a correct control digit</source>
            <translation>бақылау цифры дұрыс 12 цифрдан тұруы керек</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="57" />
            <source>is in the future ({0})</source>
            <translation>болашақта ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="59" />
            <source>does not match the date of birth ({0})</source>
            <translation>туған күнге сәйкес келмейді ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="61" />
            <source>'{0}' is not a country: choose one from the list</source>
            <translation>«{0}» — ел емес: тізімнен таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="63" />
            <source>and the decision date go together: give both or neither</source>
            <translation>және шешім күні бірге көрсетіледі: не екеуі де, не ешқайсысы</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="68" />
            <source>entry date</source>
            <translation>келген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="69" />
            <source>opening date</source>
            <translation>ашылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="70" />
            <source>first day of validity</source>
            <translation>жарамдылықтың бірінші күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="71" />
            <source>start date</source>
            <translation>басталған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="72" />
            <source>registration date</source>
            <translation>тіркелген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="73" />
            <source>decision date</source>
            <translation>шешім күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="74" />
            <source>appeal date</source>
            <translation>шағым берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="75" />
            <source>recognition date</source>
            <translation>танылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="76" />
            <source>expulsion date</source>
            <translation>шығарып жіберілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="77" />
            <source>issue date</source>
            <translation>берілген күні</translation>
        </message>
    </context>
    <context>
        <name>NewCaseWizard</name>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="53" />
            <location filename="../../desktop/wizard/new_case.py" line="96" />
            <source>New case</source>
            <translation>Жаңа іс</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="85" />
            <source>Saving the new case…</source>
            <translation>Жаңа іс сақталуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="97" />
            <source>The person was saved, but not everything else: {0}

Find the person with Find (Ctrl+F) and add the rest there.</source>
            <translation>Адам сақталды, бірақ қалғаны сақталмады: {0}

Адамды іздеу арқылы (Ctrl+F) тауып, қалғанын сонда қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="29" />
            <source>Write a note: what happened, what was agreed, what comes next</source>
            <translation>Жазып қойыңыз: не болды, не туралы келісілді, әрі қарай не істеу керек</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="31" />
            <source>Add note</source>
            <translation>Жазба қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="34" />
            <source>Add scanned document…</source>
            <translation>Құжат сканерін қосу…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="35" />
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="38" />
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Жазбалар&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="44" />
            <source>&lt;b&gt;Attachments&lt;/b&gt;</source>
            <translation>&lt;b&gt;Тіркемелер&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="83" />
            <source>Add a scanned document</source>
            <translation>Құжат сканерін қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="84" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
            <translation>Сканерлер мен құжаттар (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="94" />
            <source>Saving {0}…</source>
            <translation>{0} сақталуда…</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="74" />
            <source>The office's details</source>
            <translation>Ұйым деректемелері</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="75" />
            <source>Name of the office</source>
            <translation>Ұйымның атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="76" />
            <source>Name in Kazakh</source>
            <translation>Қазақша атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="77" />
            <source>Name in Russian</source>
            <translation>Орысша атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="78" />
            <source>Name in English</source>
            <translation>Ағылшынша атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="79" />
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="80" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="81" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="82" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="85" />
            <source>These head every referral letter the office prints.</source>
            <translation>Бұл деректемелер әр жолдаманың басында басылады.</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desktop/operations/edits.py" line="30" />
            <source>Edit person</source>
            <translation>Адам деректерін өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/edits.py" line="41" />
            <source>Add document</source>
            <translation>Құжат қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/edits.py" line="84" />
            <source>Edit case</source>
            <translation>Істі өзгерту</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="41" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="41" />
            <source>New organisation</source>
            <translation>Жаңа ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="43" />
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="44" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="45" />
            <source>Services</source>
            <translation>Қызметтер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="46" />
            <source>Regions (comma-separated)</source>
            <translation>Өңірлер (үтір арқылы)</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="47" />
            <source>Languages</source>
            <translation>Тілдер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="48" />
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="49" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="50" />
            <source>E-mail</source>
            <translation>Эл. пошта</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="51" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="52" />
            <source>Opening hours</source>
            <translation>Жұмыс уақыты</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="53" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="54" />
            <source>Source of these details</source>
            <translation>Бұл мәліметтердің дереккөзі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="57" />
            <source>Enter only contact details you have checked: a wrong number can put a person at risk.</source>
            <translation>Тек тексерілген байланыс деректерін енгізіңіз: қате нөмір адамды қауіпке ұшыратуы мүмкін.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../desktop/person_form.py" line="18" />
            <source>Family name</source>
            <translation>Тегі</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="19" />
            <source>Given name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="20" />
            <source>Patronymic</source>
            <translation>Әкесінің аты</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="22" />
            <source>(empty: transliterated)</source>
            <translation>(бос: транслитерация)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="23" />
            <source>Family name in Latin letters</source>
            <translation>Тегі латынша</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="24" />
            <source>Given name in Latin letters</source>
            <translation>Аты латынша</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="25" />
            <source>Patronymic in Latin letters</source>
            <translation>Әкесінің аты латынша</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="27" />
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="28" />
            <source>Year of birth (if the date is unknown)</source>
            <translation>Туған жылы (күні белгісіз болса)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="30" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="31" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="32" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="34" />
            <source>Languages</source>
            <translation>Тілдері</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="35" />
            <source>e.g. uz, ru</source>
            <translation>мысалы, uz, ru</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="36" />
            <source>Phone</source>
            <translation>Телефоны</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="37" />
            <source>Address in Kazakhstan</source>
            <translation>Қазақстандағы мекенжайы</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="38" />
            <source>Region</source>
            <translation>Өңірі</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="39" />
            <source>(empty: from the address)</source>
            <translation>(бос: мекенжай бойынша)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="40" />
            <source>Exempt from the 90/180 rule as</source>
            <translation>90/180 ережесінен босатылған, себебі</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="42" />
            <source>(not exempt)</source>
            <translation>(босатылмаған)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="48" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="50" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="51" />
            <source>Priority</source>
            <translation>Басымдығы</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="52" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="53" />
            <source>(not assigned)</source>
            <translation>(тағайындалмаған)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="54" />
            <source>Sensitive</source>
            <translation>Құпия</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="55" />
            <source>Only the caseworker and supervisors may see this case</source>
            <translation>Істі тек куратор мен жетекшілер көреді</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="56" />
            <source>Opened on</source>
            <translation>Ашылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="58" />
            <source>Closed on</source>
            <translation>Жабылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="59" />
            <source>Reason for closing</source>
            <translation>Жабу себебі</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="50" />
            <source>Who is the person?</source>
            <translation>Бұл адам кім?</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="51" />
            <source>Names as written in their passport. Qamqor checks whether they are already recorded.</source>
            <translation>Аты-жөні төлқұжаттағыдай. Qamqor бұл адамның базада бар-жоғын тексереді.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="58" />
            <location filename="../../desktop/wizard/pages.py" line="99" />
            <source>No one recorded so far looks like this person.</source>
            <translation>Базада бұған ұқсас адам жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="60" />
            <source>Open this person's case instead</source>
            <translation>Осы адамның ісін ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="63" />
            <source>&lt;b&gt;Possibly the same person&lt;/b&gt;</source>
            <translation>&lt;b&gt;Мүмкін, дәл осы адам&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="92" />
            <source>same document number</source>
            <translation>құжат нөмірі бірдей</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="92" />
            <source>similar name, same birth</source>
            <translation>аты ұқсас, туған күні бірдей</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="98" />
            <source>Check these before saving a new person:</source>
            <translation>Жаңа адамды сақтамас бұрын оларды тексеріңіз:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/wizard/pages.py" line="100" />
            <source>%n more possible match(es), in cases you may not see: ask your supervisor before saving a new person.</source>
            <translation>
                <numerusform>Сізге көрінбейтін істерде тағы %n ықтимал сәйкестік бар: жаңа адамды сақтамас бұрын жетекшіңізден сұраңыз.</numerusform>
                <numerusform>Сізге көрінбейтін істерде тағы %n ықтимал сәйкестік бар: жаңа адамды сақтамас бұрын жетекшіңізден сұраңыз.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/preferences.py" line="13" />
            <source>Preferences</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <location filename="../../desktop/preferences.py" line="23" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
    </context>
    <context>
        <name>PrintLettersDialog</name>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="34" />
            <location filename="../../desktop/trafficking/print_letters.py" line="131" />
            <source>Print referral letters</source>
            <translation>Жолдамаларды басып шығару</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Reference</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="39" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="39" />
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="49" />
            <source>Choose all</source>
            <translation>Барлығын таңдау</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="50" />
            <source>Print…</source>
            <translation>Басып шығару…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="51" />
            <source>Save as one PDF…</source>
            <translation>Бір PDF ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="52" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="55" />
            <source>Language:</source>
            <translation>Тіл:</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="62" />
            <source>Sent and accepted referrals of the cases you can see, newest first. Each letter carries only what the person's consent covers; every letter is written to the audit trail.</source>
            <translation>Сізге қолжетімді істер бойынша жіберілген және қабылданған жолдамалар, алдымен жаңалары. Әр хатта тек адам келісім берген мәліметтер болады; әр хат аудит журналына жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="102" />
            <source>Making the letters…</source>
            <translation>Хаттар дайындалуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="119" />
            <source>Making {0} referral letter(s)…</source>
            <translation>Жолдамалар дайындалуда: {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="139" />
            <source>Save the referral letters</source>
            <translation>Жолдамаларды сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="140" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../desktop/printing.py" line="24" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="25" />
            <source>Born</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="26" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="27" />
            <source>Category</source>
            <translation>Санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="28" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="29" />
            <source>Opened on</source>
            <translation>Ашылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="30" />
            <source>Documents</source>
            <translation>Құжаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="30" />
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="31" />
            <source>Deadlines</source>
            <translation>Мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="53" />
            <source>Print case</source>
            <translation>Істі басып шығару</translation>
        </message>
    </context>
    <context>
        <name>QuotaChart</name>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="126" />
            <source>Allocated</source>
            <translation>Бөлінді</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="126" />
            <source>Permits counted</source>
            <translation>Есептелген рұқсаттар</translation>
        </message>
    </context>
    <context>
        <name>QuotaModel</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Work category</source>
            <translation>Рұқсат санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Allocated</source>
            <translation>Бөлінді</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Permits counted</source>
            <translation>Есептелген рұқсаттар</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Remaining</source>
            <translation>Қалдық</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Used</source>
            <translation>Пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Warning</source>
            <translation>Ескерту</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="72" />
            <source>Double-click to change the allocation</source>
            <translation>Квотаны өзгерту үшін екі рет басыңыз</translation>
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="184" />
            <source>Set an allocation…</source>
            <translation>Квотаны белгілеу…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="186" />
            <source>Record staff figures…</source>
            <translation>Қызметкерлер саны…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="201" />
            <source>Quota per region: allocated and used</source>
            <translation>Өңірлер бойынша квота: бөлінгені мен пайдаланылғаны</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Employer</source>
            <translation>Жұмыс беруші</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Found</source>
            <translation>Анықталды</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>On</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="210" />
            <source>Year</source>
            <translation>Жыл</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="222" />
            <source>Employers to look at</source>
            <translation>Назар аударатын жұмыс берушілер</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/quota_view.py" line="262" />
            <source>%n region and category pair(s) at 80 % or more of the allocation</source>
            <translation>
                <numerusform>%n «өңір — санат» жұбы квотаның 80 %-ын не одан көбін пайдаланды</numerusform>
                <numerusform>%n «өңір — санат» жұбы квотаның 80 %-ын не одан көбін пайдаланды</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="263" />
            <source>No allocation is near its limit.</source>
            <translation>Ешбір квота шегіне жақын емес.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/quota_view.py" line="265" />
            <source>%n work permit(s) of the year could not be counted: employer, region or category not recorded</source>
            <translation>
                <numerusform>Жылдың %n рұқсаты есептелмеді: жұмыс беруші, өңір немесе санат көрсетілмеген</numerusform>
                <numerusform>Жылдың %n рұқсаты есептелмеді: жұмыс беруші, өңір немесе санат көрсетілмеген</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="276" />
            <source>No employer over a limit</source>
            <translation>Шектен асқан жұмыс беруші жоқ</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="26" />
            <source>New: {0}</source>
            <translation>Жаңа жазба: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="33" />
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="35" />
            <source>Archive…</source>
            <translation>Мұрағатқа…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="37" />
            <source>Archived records leave the lists and deadlines but are never deleted</source>
            <translation>Мұрағаттағы жазбалар тізімдерде көрсетілмейді және мерзімдерге әсер етпейді, бірақ ешқашан жойылмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="76" />
            <source>Archive</source>
            <translation>Мұрағатқа</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="77" />
            <source>Archive this record? It will no longer count for deadlines; it stays in the database.</source>
            <translation>Жазбаны мұрағатқа жіберу керек пе? Ол мерзімдерде есептелмейді, бірақ базада қалады.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="13" />
            <source>Identity document</source>
            <translation>Жеке басты куәландыратын құжат</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="14" />
            <source>Stay</source>
            <translation>Елде болу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="15" />
            <source>Registration</source>
            <translation>Тіркеу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="16" />
            <source>Permit or visa</source>
            <translation>Рұқсат немесе виза</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="17" />
            <source>Contract</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="18" />
            <source>Asylum claim</source>
            <translation>Пана туралы өтініш</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="19" />
            <source>Refugee status</source>
            <translation>Босқын мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="20" />
            <source>Expulsion</source>
            <translation>Шығарып жіберу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="34" />
            <location filename="../../desktop/case_view/record_forms.py" line="49" />
            <location filename="../../desktop/case_view/record_forms.py" line="57" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="35" />
            <location filename="../../desktop/case_view/record_forms.py" line="50" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="36" />
            <source>Issued by (country)</source>
            <translation>Берген ел</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="37" />
            <source>Issued on</source>
            <translation>Берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="38" />
            <location filename="../../desktop/case_view/record_forms.py" line="52" />
            <location filename="../../desktop/case_view/record_forms.py" line="69" />
            <source>Valid until</source>
            <translation>Жарамдылық мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="40" />
            <source>Entry date</source>
            <translation>Келген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="41" />
            <source>Exit date (empty while in the country)</source>
            <translation>Кеткен күні (елде болғанша бос)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="42" />
            <source>Basis of stay</source>
            <translation>Болу негізі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="43" />
            <source>Border crossing point</source>
            <translation>Өткізу пункті</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="45" />
            <source>Registered on</source>
            <translation>Тіркелген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="46" />
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="47" />
            <source>Host (who registered them)</source>
            <translation>Қабылдаушы тарап</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="51" />
            <source>Valid from</source>
            <translation>Жарамдылығы басталған күн</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="53" />
            <source>Issued by</source>
            <translation>Берген орган</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="54" />
            <source>Work category</source>
            <translation>Жұмыс санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="55" />
            <location filename="../../desktop/case_view/record_forms.py" line="58" />
            <source>Employer</source>
            <translation>Жұмыс беруші</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="59" />
            <source>Start date</source>
            <translation>Басталған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="60" />
            <source>End date</source>
            <translation>Аяқталған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="62" />
            <source>Claim registered on</source>
            <translation>Өтініш тіркелген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="63" />
            <source>Decided on</source>
            <translation>Шешім күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="64" />
            <source>Decision</source>
            <translation>Шешім</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="65" />
            <source>Appeal filed on</source>
            <translation>Шағым берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="66" />
            <source>Appeal decided on</source>
            <translation>Шағым бойынша шешім күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="68" />
            <source>Recognised on</source>
            <translation>Танылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="70" />
            <source>Certificate issued on</source>
            <translation>Куәлік берілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="71" />
            <source>Certificate number</source>
            <translation>Куәлік нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="73" />
            <source>Expelled on</source>
            <translation>Шығарып жіберілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="74" />
            <source>Re-entry ban until (empty: the law's default)</source>
            <translation>Келуге тыйымның соңғы күні (бос: заңдағы мерзім)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="75" />
            <source>Decided by</source>
            <translation>Шешім қабылдаған орган</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="80" />
            <source>(none)</source>
            <translation>(жоқ)</translation>
        </message>
    </context>
    <context>
        <name>RecordsPanel</name>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="27" />
            <source>Add {0}</source>
            <translation>Қосу: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="30" />
            <source>Add</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="51" />
            <source>Choose a line to see or change it, or add a new one.</source>
            <translation>Жолды таңдап, оны қарап шығыңыз немесе өзгертіңіз, не жаңасын қосыңыз.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="207" />
            <source>New referral</source>
            <translation>Жаңа жолдама</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="207" />
            <source>Change the draft referral</source>
            <translation>Жолдама жобасын өзгерту</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="212" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="213" />
            <source>Services</source>
            <translation>Қызметтер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="214" />
            <source>Urgency</source>
            <translation>Шұғылдығы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="215" />
            <source>Reason</source>
            <translation>Негізі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="216" />
            <source>Share</source>
            <translation>Беру</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="228" />
            <source>Choose the organisation: the letter will carry only what the person's consent allows to share with it.</source>
            <translation>Ұйымды таңдаңыз: хатқа адам оған беруге келісім берген мәліметтер ғана енеді.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="234" />
            <source>No consent in force allows sharing with this organisation yet: record it before sending.</source>
            <translation>Бұл ұйымға мәлімет беруге әзірге қолданыстағы келісім жоқ: жібермес бұрын оны жазыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="236" />
            <source>The consent in force covers what this referral shares.</source>
            <translation>Қолданыстағы келісім осы жолдама беретін мәліметтердің бәрін қамтиды.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="238" />
            <source>Not covered by consent: {0}. Record consent for it, or share less.</source>
            <translation>Келісіммен қамтылмаған: {0}. Келісім жазыңыз немесе азырақ беріңіз.</translation>
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="95" />
            <source>New screening</source>
            <translation>Жаңа сұхбат (скрининг)</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="97" />
            <source>Interviewed on</source>
            <translation>Сұхбат күні</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="98" />
            <source>Interpreter</source>
            <translation>Аудармашы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="99" />
            <source>Notes</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="101" />
            <source>Ask in the person's words; leave a question blank if it was not asked. The indicators support your assessment; they do not make it.</source>
            <translation>Адамға түсінікті сөзбен сұраңыз; сұрақ қойылмаса, бос қалдырыңыз. Индикаторлар бағалауға көмектеседі, бірақ оны алмастырмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="116" />
            <source>Source: {0}</source>
            <translation>Дереккөз: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="118" />
            <source>Not asked</source>
            <translation>Қойылмады</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="253" />
            <source>Send referral {0}</source>
            <translation>{0} жолдамасын жіберу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="255" />
            <source>Mark as sent</source>
            <translation>Жіберілді деп белгілеу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="256" />
            <source>Sent on</source>
            <translation>Жіберілген күні</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="259" />
            <source>The person's consent of {0} allows sharing what this referral carries with {1}.</source>
            <translation>Адамның {0} берген келісімі осы жолдамадағы мәліметтерді «{1}» ұйымына беруге мүмкіндік береді.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="262" />
            <source>the referral itself</source>
            <translation>жолдаманың өзі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="264" />
            <source>Why it cannot wait</source>
            <translation>Неге күтуге болмайды</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="265" />
            <source>No consent in force covers: {0}. You may send it anyway only in an emergency, saying why; the override is recorded in the audit trail.</source>
            <translation>Қолданыстағы келісім мынаны қамтымайды: {0}. Онсыз тек төтенше жағдайда, себебін көрсетіп жіберуге болады; бұл аудит журналына жазылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="267" />
            <source>Send without consent</source>
            <translation>Келісімсіз жіберу</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="269" />
            <source>No consent in force covers: {0}. Record the person's consent first. Without it only a supervisor, or the assigned caseworker for an emergency referral, may send it.</source>
            <translation>Қолданыстағы келісім мынаны қамтымайды: {0}. Алдымен адамның келісімін жазыңыз. Онсыз жолдаманы тек жетекші, ал төтенше жолдаманы жауапты әлеуметтік қызметкер де жібере алады.</translation>
        </message>
    </context>
    <context>
        <name>SetUpDialog</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="73" />
            <source>Set up Qamqor</source>
            <translation>Qamqor-ды баптау</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="74" />
            <source>Welcome. Create the administrator's account: the administrator creates the accounts of the caseworkers and supervisors. Choose a password of at least {0} characters.</source>
            <translation>Қош келдіңіз. Әкімшінің тіркелгісін жасаңыз: әкімші әлеуметтік қызметкерлер мен жетекшілердің тіркелгілерін жасайды. Кемінде {0} таңбадан тұратын құпиясөз таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="80" />
            <source>User name</source>
            <translation>Пайдаланушы аты</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="81" />
            <source>Full name</source>
            <translation>Толық аты-жөні</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="82" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="83" />
            <source>Password again</source>
            <translation>Құпиясөзді қайталаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="79" />
            <source>I am also the office's supervisor (I may see every case)</source>
            <translation>Мен кеңсенің жетекшісімін де (барлық істерді көремін)</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="85" />
            <source>Create account</source>
            <translation>Тіркелгі жасау</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="89" />
            <source>The two passwords are not the same.</source>
            <translation>Құпиясөздер бірдей емес.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="129" />
            <source>The user name or the password is not right.</source>
            <translation>Пайдаланушы аты немесе құпиясөз дұрыс емес.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/sign_in.py" line="130" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Қате құпиясөз тым көп рет енгізілді. %n минуттан кейін қайталап көріңіз.</numerusform>
                <numerusform>Қате құпиясөз тым көп рет енгізілді. %n минуттан кейін қайталап көріңіз.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="108" />
            <source>Sign in to Qamqor</source>
            <translation>Qamqor-ға кіру</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="108" />
            <source>Sign in with your user name and password.</source>
            <translation>Пайдаланушы атыңыз бен құпиясөзіңізбен кіріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="111" />
            <source>User name</source>
            <translation>Пайдаланушы аты</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="112" />
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="113" />
            <source>Sign in</source>
            <translation>Кіру</translation>
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="193" />
            <source>Current stay in Kazakhstan</source>
            <translation>Қазақстанда қазіргі болуы</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="194" />
            <source>When they entered and on what basis; the registration if they have one. Leave the entry date empty if they are not in the country.</source>
            <translation>Адам қашан және қандай негізде келді; тіркеуі болса, соны да көрсетіңіз. Адам елде болмаса, келген күнін бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="200" />
            <source>&lt;b&gt;Registration of the place of stay&lt;/b&gt; (if done)</source>
            <translation>&lt;b&gt;Болатын жері бойынша тіркеу&lt;/b&gt; (болса)</translation>
        </message>
    </context>
    <context>
        <name>StayPlanner</name>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="18" />
            <source>Stay planner</source>
            <translation>Болуды жоспарлау</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="23" />
            <source>Planned entry date</source>
            <translation>Жоспарланған келу күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="24" />
            <source>How long may they stay?</source>
            <translation>Қанша уақыт бола алады?</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="29" />
            <source>If they enter on</source>
            <translation>Келу күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="41" />
            <source>Enter the day they plan to enter Kazakhstan.</source>
            <translation>Қазақстанға келуді жоспарлаған күнді көрсетіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="49" />
            <source>No limit on the length of stay applies to them.</source>
            <translation>Бұл адамға болу мерзімінің шектеуі қолданылмайды.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="51" />
            <source>They may not stay at all if they enter on {0}: the days allowed in the last 180 are used up.</source>
            <translation>{0} келсе, мүлде бола алмайды: соңғы 180 күнде рұқсат етілген күндер таусылған.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/planner.py" line="55" />
            <source>They may stay up to %n day(s), until {0} inclusive.</source>
            <translation>
                <numerusform>%n күнге дейін, {0} қоса алғанда бола алады.</numerusform>
                <numerusform>%n күнге дейін, {0} қоса алғанда бола алады.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="283" />
            <source>Progress of referral {0}</source>
            <translation>{0} жолдамасының барысы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="286" />
            <source>Now</source>
            <translation>Енді</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="287" />
            <source>On</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="288" />
            <source>Note (the reason, for a rejection or revocation)</source>
            <translation>Ескертпе (бас тарту не кері қайтару үшін — себебі)</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="46" />
            <source>Rule version: {0}</source>
            <translation>Ереже нұсқасы: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="46" />
            <source>Region not recorded</source>
            <translation>Өңір көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/__init__.py" line="22" />
            <source>Supervisor's &amp;dashboard</source>
            <translation>Жетекшінің &amp;панелі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/freshness.py" line="90" />
            <source>Bringing deadlines up to today…</source>
            <translation>Мерзімдер бүгінге қайта есептелуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="12" />
            <source>Overdue or due within 30 days</source>
            <translation>Мерзімі өткен немесе алдағы 30 күнде</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="13" />
            <location filename="../../desktop/supervisor/words.py" line="123" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="14" />
            <location filename="../../desktop/supervisor/words.py" line="124" />
            <source>Due today</source>
            <translation>Мерзімі бүгін</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="15" />
            <location filename="../../desktop/supervisor/words.py" line="125" />
            <source>Due within 7 days</source>
            <translation>Алдағы 7 күнде</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="16" />
            <location filename="../../desktop/supervisor/words.py" line="126" />
            <source>Due within 30 days</source>
            <translation>Алдағы 30 күнде</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="17" />
            <source>Every open deadline</source>
            <translation>Барлық ашық мерзімдер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="20" />
            <source>Referral without an answer</source>
            <translation>Жауапсыз жолдама</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="26" />
            <source>More than {limit} domestic workers on patents: {found}</source>
            <translation>Патентпен {limit} үй жұмыскерінен көп: {found}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="27" />
            <source>Citizens hold {found} of management posts (at least {limit})</source>
            <translation>Азаматтар басшылық лауазымдардың {found} атқарады (кемінде {limit} болуы тиіс)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="28" />
            <source>Citizens hold {found} of specialist posts (at least {limit})</source>
            <translation>Азаматтар маман лауазымдарының {found} атқарады (кемінде {limit} болуы тиіс)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="30" />
            <source>Staff figures leave room for {limit} foreign managers; Qamqor knows of {found}</source>
            <translation>Қызметкерлер саны бойынша {limit} шетелдік басшыға орын бар; Qamqor-да {found}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="32" />
            <source>Staff figures leave room for {limit} foreign specialists; Qamqor knows of {found}</source>
            <translation>Қызметкерлер саны бойынша {limit} шетелдік маманға орын бар; Qamqor-да {found}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="36" />
            <source>Within the quota</source>
            <translation>Квота шегінде</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="37" />
            <source>80 % used</source>
            <translation>80 % пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="38" />
            <source>Used up</source>
            <translation>Таусылды</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="39" />
            <source>Over the quota</source>
            <translation>Квотадан тыс</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="40" />
            <source>No allocation</source>
            <translation>Квота бөлінбеген</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="102" />
            <source>Alerts</source>
            <translation>Ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="103" />
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="104" />
            <source>Days left</source>
            <translation>Қалған күн</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="105" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="106" />
            <source>Deadline</source>
            <translation>Мерзім</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="107" />
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="108" />
            <source>Citizenship</source>
            <translation>Азаматтығы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="109" />
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="110" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="111" />
            <source>Region</source>
            <translation>Өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="112" />
            <source>Rule version</source>
            <translation>Ереже нұсқасы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="113" />
            <source>Case id</source>
            <translation>Іс идентификаторы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="114" />
            <source>Alerts by status</source>
            <translation>Күйі бойынша ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="115" />
            <source>Alerts by deadline</source>
            <translation>Мерзімдер бойынша ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="116" />
            <source>Alerts by region</source>
            <translation>Өңірлер бойынша ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="117" />
            <source>Alerts by category</source>
            <translation>Санаттар бойынша ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="118" />
            <source>Alerts by week</source>
            <translation>Апталар бойынша ескертулер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="119" />
            <source>Open cases</source>
            <translation>Ашық істер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="120" />
            <source>Caseloads</source>
            <translation>Кураторлардың жүктемесі</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="121" />
            <source>Quota usage</source>
            <translation>Квотаның пайдаланылуы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="122" />
            <source>Window</source>
            <translation>Кезең</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="127" />
            <source>Week from</source>
            <translation>Апта басы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="128" />
            <source>Priority</source>
            <translation>Басымдық</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="129" />
            <source>Cases</source>
            <translation>Істер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="130" />
            <source>Measure</source>
            <translation>Көрсеткіш</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="131" />
            <source>Value</source>
            <translation>Мәні</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="132" />
            <source>Caseworkers</source>
            <translation>Кураторлар</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="133" />
            <source>Unassigned cases</source>
            <translation>Кураторсыз істер</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="134" />
            <source>Fewest open cases</source>
            <translation>Ең аз ашық іс</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="135" />
            <source>Median open cases</source>
            <translation>Ашық істердің медианасы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="136" />
            <source>Most open cases</source>
            <translation>Ең көп ашық іс</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="137" />
            <source>Work category</source>
            <translation>Рұқсат санаты</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="138" />
            <source>Allocated</source>
            <translation>Бөлінді</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="139" />
            <source>Used</source>
            <translation>Пайдаланылды</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="140" />
            <source>Remaining</source>
            <translation>Қалдық</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="141" />
            <source>Share used</source>
            <translation>Пайдаланылған үлес</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="36" />
            <source>open-ended</source>
            <translation>мерзімсіз</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="37" />
            <source>Case opened</source>
            <translation>Іс ашылды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="39" />
            <source>Case closed</source>
            <translation>Іс жабылды</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="41" />
            <source>left {0}</source>
            <translation>кетті {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="41" />
            <source>still in the country</source>
            <translation>әлі елде</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="43" />
            <source>Entered {0} ({1}), {2}</source>
            <translation>Келді {0} ({1}), {2}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="50" />
            <source>No. {0}</source>
            <translation>№ {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="57" />
            <source>{0} on {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="58" />
            <source>awaiting decision</source>
            <translation>шешім күтілуде</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="61" />
            <source>valid until {0}</source>
            <translation>жарамдылық мерзімі {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="64" />
            <source>re-entry banned until {0}</source>
            <translation>келуге тыйым: {0} дейін</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="65" />
            <source>re-entry ban as the law sets it</source>
            <translation>заңдағы мерзімге келуге тыйым</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>Details</source>
            <translation>Толығырақ</translation>
        </message>
    </context>
    <context>
        <name>TraffickingPanel</name>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="65" />
            <source>Screening and assessment</source>
            <translation>Скрининг және бағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="71" />
            <source>New screening…</source>
            <translation>Жаңа сұхбат…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="71" />
            <source>Record assessment…</source>
            <translation>Бағалауды жазу…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="77" />
            <source>Consent</source>
            <translation>Келісім</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <source>Purpose</source>
            <translation>Мақсаты</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Organisation</source>
            <translation>Ұйым</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <source>May share</source>
            <translation>Беруге болады</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>Given</source>
            <translation>Берілді</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>How</source>
            <translation>Қалай алынды</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>In force</source>
            <translation>Күшінде</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="81" />
            <source>Record consent…</source>
            <translation>Келісімді жазу…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="81" />
            <source>Withdraw…</source>
            <translation>Кері қайтару…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="86" />
            <source>Referrals</source>
            <translation>Жолдамалар</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Reference</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Services</source>
            <translation>Қызметтер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Urgency</source>
            <translation>Шұғылдығы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="89" />
            <source>Follow-up</source>
            <translation>Жауапты қадағалау</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>New referral…</source>
            <translation>Жаңа жолдама…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>Change draft…</source>
            <translation>Жобаны өзгерту…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>Send…</source>
            <translation>Жіберу…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="92" />
            <source>Record progress…</source>
            <translation>Барысын жазу…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="92" />
            <source>Letter…</source>
            <translation>Хат…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="142" />
            <source>&lt;b&gt;Assessment:&lt;/b&gt; {0} ({1}, {2})</source>
            <translation>&lt;b&gt;Бағалау:&lt;/b&gt; {0} ({1}, {2})</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="145" />
            <source>&lt;b&gt;Assessment:&lt;/b&gt; none yet. The caseworker decides; the screening's indicators support the decision.</source>
            <translation>&lt;b&gt;Бағалау:&lt;/b&gt; әзірге жоқ. Шешімді әлеуметтік қызметкер қабылдайды; скрининг индикаторлары соған көмектеседі.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="152" />
            <source>{0} – {1}: {2} indicator(s) present{3}</source>
            <translation>{0} – {1}: анықталған индикаторлар: {2}{3}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="157" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="158" />
            <source>withdrawn {0}</source>
            <translation>{0} кері қайтарылды</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="209" />
            <source>Consent withdrawn</source>
            <translation>Келісім кері қайтарылды</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="210" />
            <source>These referrals relied on this consent: {0}. Their letters can no longer be printed. Revoke them (Record progress…) and tell the organisations.</source>
            <translation>Мына жолдамалар осы келісімге негізделген: {0}. Олардың хаттарын енді басып шығаруға болмайды. Оларды кері қайтарып («Барысын жазу…»), ұйымдарға хабарлаңыз.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop/unlock.py" line="30" />
            <source>Unlock {0}</source>
            <translation>{0} ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="32" />
            <source>The database {0} is encrypted. Enter its passphrase to open it.</source>
            <translation>{0} дерекқоры шифрланған. Ашу үшін құпия сөз тіркесін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="37" />
            <source>Passphrase</source>
            <translation>Құпия сөз тіркесі</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="39" />
            <source>Remember on this computer (keyring)</source>
            <translation>Осы компьютерде есте сақтау (кілттер қоймасы)</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="41" />
            <source>Qamqor will open without asking for anyone who can log in to this computer account.</source>
            <translation>Осы компьютер тіркелгісіне кіре алатын кез келген адамға Qamqor сұрамай ашылады.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="45" />
            <source>There is no working keyring on this computer.</source>
            <translation>Бұл компьютерде жұмыс істейтін кілттер қоймасы жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="52" />
            <source>Unlock</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="66" />
            <source>Enter the passphrase.</source>
            <translation>Құпия сөз тіркесін енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="72" />
            <source>The passphrase is not right. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Құпия сөз тіркесі дұрыс емес. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
        </message>
    </context>
    <context>
        <name>WeeksChart</name>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="66" />
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="66" />
            <source>Due within a week</source>
            <translation>Бір апта ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="67" />
            <source>Due later</source>
            <translation>Кейінірек</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="71" />
            <source>Late</source>
            <translation>Бұрын</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="188" />
            <source>Withdraw consent</source>
            <translation>Келісімді кері қайтару</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="190" />
            <source>Withdrawn on</source>
            <translation>Кері қайтарылған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="191" />
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="192" />
            <source>From this day on the consent no longer allows sharing: referrals that relied on it cannot print their letters.</source>
            <translation>Осы күннен бастап келісім мәлімет беруге мүмкіндік бермейді: соған негізделген жолдамалардың хаттарын басып шығаруға болмайды.</translation>
        </message>
    </context>
    <context>
        <name>NewDatabaseDialog</name>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create the Qamqor database</source>
            <translation>Qamqor дерекқорын құру</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Qamqor will keep its cases in {0}. They are about people at risk: protect the file with a passphrase, so that no one can read it without Qamqor, even if this computer is lost or stolen.

Use a few words that only the people of this office know, and keep them somewhere safe: without the passphrase the cases cannot be recovered.</source>
            <translation>Qamqor істерді {0} файлында сақтайды. Бұл — қауіпте жүрген адамдар туралы мәліметтер: файлды кодтық сөзбен қорғаңыз, сонда компьютер жоғалса не ұрланса да, оны Qamqor-сыз ешкім оқи алмайды.

Тек осы кеңсенің қызметкерлері білетін бірнеше сөзді алыңыз және оларды сенімді жерде сақтаңыз: кодтық сөзсіз істерді қалпына келтіру мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Passphrase</source>
            <translation>Кодтық сөз</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The passphrase again</source>
            <translation>Кодтық сөз қайтадан</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Again</source>
            <translation>Қайтадан</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Remember on this computer (keyring)</source>
            <translation>Осы компьютерде есте сақтау (кілттер қоймасы)</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create, protected by this passphrase</source>
            <translation>Осы кодтық сөзбен қорғап құру</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create without a passphrase</source>
            <translation>Кодтық сөзсіз құру</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The two passphrases are not the same.</source>
            <translation>Екі кодтық сөз сәйкес емес.</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The passphrase is too short: use at least {0} characters (a few words are best).</source>
            <translation>Кодтық сөз тым қысқа: кемінде {0} таңба қажет (бірнеше сөз болғаны жақсы).</translation>
        </message>
    </context>
</TS>