<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name />
        <message>
            <location filename="../../desktop/supervisor/words.py" line="59" />
            <source>Rule version: {0}</source>
            <translation>Версия правила: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="65" />
            <source>Due today</source>
            <translation>Срок сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="69" />
            <source>Region not recorded</source>
            <translation>Регион не указан</translation>
        </message>
    </context>
    <context>
        <name>AlertListModel</name>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Due</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Days</source>
            <translation>Дни</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="174" />
            <source>(no longer on the list)</source>
            <translation>(больше нет в списке)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="191" />
            <source>Office: employers</source>
            <translation>Офис: работодатели</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="195" />
            <source>Not assigned</source>
            <translation>Не назначен</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="94" />
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="94" />
            <source>Alerts</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="100" />
            <source>Deadlines in the next 8 weeks</source>
            <translation>Сроки в ближайшие 8 недель</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="139" />
            <source>Due</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="141" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="141" />
            <source>All deadlines</source>
            <translation>Все сроки</translation>
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
            <translation>Не назначен</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="143" />
            <source>Everyone</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="147" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="148" />
            <source>All regions</source>
            <translation>Все регионы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="149" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="150" />
            <source>All categories</source>
            <translation>Все категории</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="154" />
            <location filename="../../desktop/supervisor/alerts_view.py" line="159" />
            <source>As of</source>
            <translation>На дату</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="155" />
            <source>The day to judge from: what will be overdue on that day?</source>
            <translation>День, на который оценивать: что будет просрочено в этот день?</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="163" />
            <source>Today</source>
            <translation>Сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="200" />
            <source>Reading the deadlines…</source>
            <translation>Чтение сроков…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="218" />
            <source>Reading the rest of the list…</source>
            <translation>Чтение остальной части списка…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="222" />
            <source>(as of {0})</source>
            <translation>(на {0})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/alerts_view.py" line="223" />
            <source>%n alert(s) listed</source>
            <translation>
                <numerusform>В списке %n предупреждение</numerusform>
                <numerusform>В списке %n предупреждения</numerusform>
                <numerusform>В списке %n предупреждений</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="228" />
            <source>By deadline</source>
            <translation>По сроку</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="229" />
            <source>By caseworker</source>
            <translation>По куратору</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="232" />
            <source>By region</source>
            <translation>По региону</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="235" />
            <source>By category</source>
            <translation>По категории</translation>
        </message>
    </context>
    <context>
        <name>AllocationDialog</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="109" />
            <source>Set a quota allocation</source>
            <translation>Установить квоту</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="122" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="123" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="124" />
            <source>Work category</source>
            <translation>Категория разрешения</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="125" />
            <source>Units</source>
            <translation>Единиц</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/app.py" line="32" />
            <source>maintenance (no user)</source>
            <translation>обслуживание (без пользователя)</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="142" />
            <source>Record an assessment</source>
            <translation>Записать оценку</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="144" />
            <source>Assessed on</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="145" />
            <source>Outcome</source>
            <translation>Вывод</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="146" />
            <source>Decided by</source>
            <translation>Кто решил</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="147" />
            <source>Officer, court or body</source>
            <translation>Сотрудник, суд или орган</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="148" />
            <source>Reasoning</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="149" />
            <source>You decide; the indicators only support the decision.</source>
            <translation>Решаете вы; индикаторы лишь помогают принять решение.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="152" />
            <source>Latest screening ({0}): {1} indicator(s) present in {2} group(s).</source>
            <translation>Последнее интервью ({0}): индикаторов выявлено: {1}, групп: {2}.</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../desktop/case_list/model.py" line="55" />
            <source>Sorting and filtering the cases…</source>
            <translation>Сортирую и отбираю дела…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Next deadline</source>
            <translation>Ближайший срок</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Deadline status</source>
            <translation>Состояние срока</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="117" />
            <source>(no longer available)</source>
            <translation>(больше недоступно)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="138" />
            <source>Not assigned</source>
            <translation>Не назначен</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_list/model.py" line="151" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Просрочено на %n день</numerusform>
                <numerusform>Просрочено на %n дня</numerusform>
                <numerusform>Просрочено на %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="153" />
            <source>Due today</source>
            <translation>Срок сегодня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_list/model.py" line="153" />
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Через %n день</numerusform>
                <numerusform>Через %n дня</numerusform>
                <numerusform>Через %n дней</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="155" />
            <source>Case closed</source>
            <translation>Дело закрыто</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="156" />
            <source>On track</source>
            <translation>В срок</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <location filename="../../desktop/case_list/view.py" line="102" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n дело</numerusform>
                <numerusform>%n дела</numerusform>
                <numerusform>%n дел</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="215" />
            <source>The case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="216" />
            <source>What kind of help, how urgent, and who works on it.</source>
            <translation>Какая помощь нужна, насколько срочно и кто ведёт дело.</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../desktop/case_view/view.py" line="38" />
            <source>Opening the case…</source>
            <translation>Открываю дело…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="61" />
            <source>Person and documents</source>
            <translation>Человек и документы</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="62" />
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="63" />
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="64" />
            <source>Notes and attachments</source>
            <translation>Заметки и вложения</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="139" />
            <source>Add {0}</source>
            <translation>Добавить: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="139" />
            <source>Change {0}</source>
            <translation>Изменить: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="66" />
            <source>Trafficking and referrals</source>
            <translation>Торговля людьми и направления</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="70" />
            <source>History</source>
            <translation>История</translation>
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
            <translation>Открытые дела</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="58" />
            <source>Overdue deadlines</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="59" />
            <source>Due within 7 days</source>
            <translation>За 7 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="67" />
            <source>Not assigned</source>
            <translation>Не назначен</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="131" />
            <source>Open cases per caseworker, by priority</source>
            <translation>Открытые дела по кураторам и приоритету</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="138" />
            <location filename="../../desktop/supervisor/caseload_view.py" line="148" />
            <source>Reassign to</source>
            <translation>Передать куратору</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="141" />
            <location filename="../../desktop/supervisor/caseload_view.py" line="234" />
            <source>Reassign selected cases</source>
            <translation>Передать выбранные дела</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="206" />
            <source>(nobody: unassign)</source>
            <translation>(никто: снять назначение)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="220" />
            <source>Not assigned</source>
            <translation>Не назначен</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="221" />
            <source>{0}: %n open case(s)</source>
            <translation>
                <numerusform>{0}: %n открытое дело</numerusform>
                <numerusform>{0}: %n открытых дела</numerusform>
                <numerusform>{0}: %n открытых дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="233" />
            <source>Reassign %n case(s)</source>
            <translation>
                <numerusform>Передать %n дело</numerusform>
                <numerusform>Передать %n дела</numerusform>
                <numerusform>Передать %n дел</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="244" />
            <source>%n case(s) reassigned to {0}</source>
            <translation>
                <numerusform>%n дело передано: {0}</numerusform>
                <numerusform>%n дела переданы: {0}</numerusform>
                <numerusform>%n дел передано: {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Opened</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="107" />
            <source>Next deadline</source>
            <translation>Ближайший срок</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="165" />
            <source>Record consent</source>
            <translation>Записать согласие</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="169" />
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="170" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="171" />
            <source>May share</source>
            <translation>Можно передать</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="172" />
            <source>Given on</source>
            <translation>Дата согласия</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="173" />
            <source>How</source>
            <translation>Как получено</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="174" />
            <source>Witness</source>
            <translation>Свидетель</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="176" />
            <source>Signed form</source>
            <translation>Подписанная форма</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="178" />
            <source>Explain to the person what will be shared, with whom and why, in a language they understand; they may withdraw consent at any time. A signed form is first attached to the case (Notes and attachments).</source>
            <translation>Объясните человеку на понятном ему языке, какие сведения, кому и зачем будут переданы; согласие можно отозвать в любой момент. Подписанную форму сначала прикрепите к делу (Заметки и вложения).</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="30" />
            <source>Supervisor's dashboard — Qamqor</source>
            <translation>Панель руководителя — Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="42" />
            <source>Deadline alerts</source>
            <translation>Предупреждения о сроках</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="46" />
            <source>Caseloads</source>
            <translation>Нагрузка кураторов</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="49" />
            <source>Labour quota</source>
            <translation>Квота на рабочую силу</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="69" />
            <source>Dashboard</source>
            <translation>Панель</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="72" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="77" />
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="82" />
            <source>Alert list as CSV…</source>
            <translation>Список предупреждений в CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="83" />
            <source>Alert list as Excel workbook…</source>
            <translation>Список предупреждений в книгу Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="86" />
            <source>Statistics (no names) as CSV…</source>
            <translation>Статистика (без имён) в CSV…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="87" />
            <source>Statistics (no names) as Excel workbook…</source>
            <translation>Статистика (без имён) в книгу Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="104" />
            <source>Bringing every deadline up to today…</source>
            <translation>Все сроки пересчитываются на сегодня…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/dashboard.py" line="108" />
            <source>Deadlines of %n person(s) brought up to today</source>
            <translation>
                <numerusform>Сроки %n человека пересчитаны на сегодня</numerusform>
                <numerusform>Сроки %n человек пересчитаны на сегодня</numerusform>
                <numerusform>Сроки %n человек пересчитаны на сегодня</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="113" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="113" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Книги Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="123" />
            <source>Export the alert list</source>
            <translation>Экспорт списка предупреждений</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="132" />
            <source>Export statistics</source>
            <translation>Экспорт статистики</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="139" />
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/dashboard.py" line="141" />
            <source>Exported %n row(s) to {0}</source>
            <translation>
                <numerusform>Выгружена %n строка в {0}</numerusform>
                <numerusform>Выгружено %n строки в {0}</numerusform>
                <numerusform>Выгружено %n строк в {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="56" />
            <source>YYYY</source>
            <translation>ГГГГ</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="56" />
            <source>MM</source>
            <translation>ММ</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="57" />
            <source>DD</source>
            <translation>ДД</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="59" />
            <source>Pick a date from a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="79" />
            <source>is not a date: write it as {0}</source>
            <translation>это не дата: пишите так: {0}</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesModel</name>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Due</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Days left</source>
            <translation>Осталось</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="42" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="43" />
            <source>today</source>
            <translation>сегодня</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="43" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="63" />
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="95" />
            <source>No deadlines: nothing recorded for this person sets one.</source>
            <translation>Сроков нет: ничто из записанного об этом человеке их не устанавливает.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="100" />
            <source>Not in Kazakhstan now, as far as the stays recorded show.</source>
            <translation>Сейчас не в Казахстане — судя по записанным пребываниям.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="101" />
            <source>In Kazakhstan now.</source>
            <translation>Сейчас в Казахстане.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="103" />
            <source>%n day(s) of the last 180 count towards the limit.</source>
            <translation>
                <numerusform>Из последних 180 дней в лимит засчитан %n день.</numerusform>
                <numerusform>Из последних 180 дней в лимит засчитано %n дня.</numerusform>
                <numerusform>Из последних 180 дней в лимит засчитано %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="105" />
            <source>Must leave by {0}.</source>
            <translation>Должен выехать не позднее {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="107" />
            <source>Overstayed by %n day(s).</source>
            <translation>
                <numerusform>Превышение срока пребывания: %n день.</numerusform>
                <numerusform>Превышение срока пребывания: %n дня.</numerusform>
                <numerusform>Превышение срока пребывания: %n дней.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="118" />
            <source>Legal source and rule version…</source>
            <translation>Правовой источник и версия правила…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="126" />
            <source>no end date</source>
            <translation>без даты окончания</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="127" />
            <source>Rule: {0}
Version: {1}
In force: {2} – {3}

Source:
{4}</source>
            <translation>Правило: {0}
Версия: {1}
Действует: {2} – {3}

Источник:
{4}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="130" />
            <source>How it was checked:
{0}</source>
            <translation>Как проверено:
{0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="131" />
            <source>Legal source</source>
            <translation>Правовой источник</translation>
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="97" />
            <source>Service directory</source>
            <translation>Справочник служб</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="100" />
            <source>Every service</source>
            <translation>Все услуги</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>Regions</source>
            <translation>Регионы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="107" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="114" />
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="115" />
            <source>Change…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="116" />
            <source>Archive…</source>
            <translation>В архив…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="117" />
            <source>The office's details…</source>
            <translation>Реквизиты организации…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="118" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="120" />
            <source>Service:</source>
            <translation>Услуга:</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="176" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="177" />
            <source>Take {0} out of the directory? Referrals already made to it keep its name.</source>
            <translation>Убрать «{0}» из справочника? Уже сделанные направления сохранят её название.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsModel</name>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="118" />
            <source>Identity documents</source>
            <translation>Документы, удостоверяющие личность</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="119" />
            <source>Add each document they have (passport, ID card, ...). Leave the number empty if they have none with them.</source>
            <translation>Добавьте все документы человека (паспорт, удостоверение личности…). Оставьте номер пустым, если документов при себе нет.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="126" />
            <source>Open this person's case instead</source>
            <translation>Открыть дело этого человека</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="128" />
            <source>Add another document</source>
            <translation>Добавить ещё документ</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="138" />
            <source>Documents to save:</source>
            <translation>Документы к сохранению:</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="164" />
            <source>This document number is already recorded for {0} ({1}, {2}).</source>
            <translation>Документ с этим номером уже записан на человека: {0} ({1}, {2}).</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="165" />
            <source>This document number is already recorded, for a person in a case you may not see: ask your supervisor before saving a new person.</source>
            <translation>Документ с этим номером уже записан на человека в деле, которое вам не видно: прежде чем сохранять нового человека, спросите руководителя.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" line="38" />
            <source>Correct the fields named above, then save again.</source>
            <translation>Исправьте указанные поля и сохраните снова.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="40" />
            <source>Someone else changed this record after you opened it, so your changes were not saved. Nothing was overwritten.</source>
            <translation>Кто-то другой изменил эту запись после того, как вы её открыли, поэтому ваши изменения не сохранены. Ничего не перезаписано.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="42" />
            <source>Reload to see the current version, then enter your changes again.</source>
            <translation>Обновите, чтобы увидеть текущую версию, и внесите изменения заново.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="44" />
            <source>This record is no longer there; it may have been archived.</source>
            <translation>Этой записи больше нет: возможно, её перенесли в архив.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="45" />
            <source>Refresh the list and open the record again.</source>
            <translation>Обновите список и откройте запись снова.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="47" />
            <source>If you need this, ask your supervisor to assign or share the case with you.</source>
            <translation>Если это нужно, попросите руководителя назначить вам дело или открыть к нему доступ.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="50" />
            <source>If this keeps happening, tell your administrator.</source>
            <translation>Если это повторяется, сообщите администратору.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="52" />
            <source>Qamqor could not read or write its database file ({0}).</source>
            <translation>Qamqor не смог прочитать или записать файл базы данных ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="53" />
            <source>Check that the disk is not full and that no other program holds the file, then try again.</source>
            <translation>Проверьте, что диск не переполнен и файл не занят другой программой, и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="55" />
            <source>Something went wrong inside Qamqor; what you were doing may not have been saved.</source>
            <translation>В Qamqor произошёл сбой; последнее действие могло не сохраниться.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="56" />
            <source>This is a fault in Qamqor, not in what you did. The details are in {0}: please send that file to your administrator.</source>
            <translation>Это ошибка в Qamqor, а не в ваших действиях. Подробности в файле {0}: пожалуйста, отправьте его администратору.</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="70" />
            <source>Qamqor</source>
            <translation>Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="74" />
            <source>Reload</source>
            <translation>Обновить</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/case_list/view.py" line="29" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="30" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="31" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="32" />
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="32" />
            <source>Overdue</source>
            <translation>Просрочены</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="33" />
            <source>Due within 7 days</source>
            <translation>В ближайшие 7 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="43" />
            <source>All</source>
            <translation>Все</translation>
        </message>
    </context>
    <context>
        <name>FindBox</name>
        <message>
            <location filename="../../desktop/find_box.py" line="55" />
            <source>Find a person: name, IIN or document number (Ctrl+F)</source>
            <translation>Найти человека: ФИО, ИИН или номер документа (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>FormPanel</name>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="25" />
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
    </context>
    <context>
        <name>HeadcountDialog</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="141" />
            <source>Record an employer's staff figures</source>
            <translation>Численность персонала работодателя</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="150" />
            <source>Employer</source>
            <translation>Работодатель</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="151" />
            <source>Staff on</source>
            <translation>Численность на дату</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="152" />
            <source>Management posts</source>
            <translation>Руководящие должности</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="153" />
            <location filename="../../desktop/supervisor/quota_view.py" line="155" />
            <source>… held by citizens</source>
            <translation>… из них заняты гражданами</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="154" />
            <source>Specialist and skilled posts</source>
            <translation>Должности специалистов и квалифицированных рабочих</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="160" />
            <source>At least 70 % of management and 90 % of specialist posts must be held by citizens [004:L142].</source>
            <translation>Не менее 70 % руководящих и 90 % должностей специалистов должны занимать граждане [004:L142].</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="21" />
            <source>created</source>
            <translation>создал(а)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="21" />
            <source>changed</source>
            <translation>изменил(а)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="22" />
            <source>archived</source>
            <translation>архивировал(а)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="22" />
            <source>opened (sensitive case)</source>
            <translation>открыл(а) (чувствительное дело)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="23" />
            <source>was refused</source>
            <translation>получил(а) отказ</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="23" />
            <source>shared</source>
            <translation>открыл(а) доступ</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="24" />
            <source>printed</source>
            <translation>распечатал(а)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="24" />
            <source>exported</source>
            <translation>экспортировал(а)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>Did</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="40" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="40" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="63" />
            <source>maintenance</source>
            <translation>обслуживание</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../desktop/labels.py" line="21" />
            <source>Labour migrant</source>
            <translation>Трудовой мигрант</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="22" />
            <source>Trafficking survivor</source>
            <translation>Пострадавший от торговли людьми</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="23" />
            <source>Refugee</source>
            <translation>Беженец</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="24" />
            <source>Asylum seeker</source>
            <translation>Лицо, ищущее убежище</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="25" />
            <source>Stateless person</source>
            <translation>Лицо без гражданства</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="26" />
            <source>Kandas</source>
            <translation>Кандас</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="27" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="29" />
            <source>Open</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="30" />
            <source>Active</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="31" />
            <source>Referred</source>
            <translation>Перенаправлено</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="32" />
            <source>Closed</source>
            <translation>Закрыто</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="34" />
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="35" />
            <source>Normal</source>
            <translation>Обычный</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="36" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="37" />
            <source>Urgent</source>
            <translation>Срочно</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="39" />
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="40" />
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="41" />
            <source>Unknown</source>
            <translation>Не указан</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="43" />
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="44" />
            <source>Identity card</source>
            <translation>Удостоверение личности</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="45" />
            <source>Travel document</source>
            <translation>Проездной документ</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="46" />
            <source>Refugee travel document</source>
            <translation>Проездной документ беженца</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="47" />
            <source>Stateless person's travel document</source>
            <translation>Проездной документ лица без гражданства</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="48" />
            <source>Birth certificate</source>
            <translation>Свидетельство о рождении</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="50" />
            <source>Visa-free</source>
            <translation>Безвизовый въезд</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="51" />
            <source>Visa</source>
            <translation>Виза</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="52" />
            <source>Residence permit</source>
            <translation>Вид на жительство</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="53" />
            <source>Diplomatic</source>
            <translation>Дипломатический</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="55" />
            <source>Temporary residence permit</source>
            <translation>Разрешение на временное проживание</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="56" />
            <source>Permanent residence permit</source>
            <translation>Разрешение на постоянное проживание</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="57" />
            <source>Work permit</source>
            <translation>Разрешение на работу</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="58" />
            <source>Patent (domestic work)</source>
            <translation>Патент (работа у физических лиц)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="59" />
            <source>Refugee certificate</source>
            <translation>Удостоверение беженца</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="60" />
            <source>Asylum-seeker certificate</source>
            <translation>Свидетельство лица, ищущего убежище</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="62" />
            <source>1st category (managers)</source>
            <translation>1-я категория (руководители)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="63" />
            <source>2nd category (heads of units)</source>
            <translation>2-я категория (руководители подразделений)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="64" />
            <source>3rd category (specialists)</source>
            <translation>3-я категория (специалисты)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="65" />
            <source>4th category (skilled workers)</source>
            <translation>4-я категория (квалифицированные рабочие)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="66" />
            <source>Seasonal work</source>
            <translation>Сезонные работы</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="67" />
            <source>Intra-corporate transfer</source>
            <translation>Внутрикорпоративный перевод</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="69" />
            <source>Employment contract</source>
            <translation>Трудовой договор</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="70" />
            <source>Civil contract</source>
            <translation>Гражданско-правовой договор</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="71" />
            <source>Company</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="72" />
            <source>Household</source>
            <translation>Домохозяйство</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="73" />
            <source>Granted</source>
            <translation>Удовлетворено</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="74" />
            <source>Refused</source>
            <translation>Отказано</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="76" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="77" />
            <source>Supervisor</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="78" />
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="80" />
            <source>Aircraft crew</source>
            <translation>Экипаж воздушного судна</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="81" />
            <source>Ship crew</source>
            <translation>Экипаж морского судна</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="82" />
            <source>Train crew</source>
            <translation>Поездная бригада</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="83" />
            <source>International driver</source>
            <translation>Водитель международных перевозок</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="84" />
            <source>Diplomatic courier</source>
            <translation>Дипломатический курьер</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="85" />
            <source>Escort officer</source>
            <translation>Сотрудник сопровождения</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="86" />
            <source>Official delegation</source>
            <translation>Официальная делегация</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="87" />
            <source>Cross-border facility staff</source>
            <translation>Персонал приграничного объекта</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="88" />
            <source>Leased territory (Baikonur)</source>
            <translation>Арендуемая территория (Байконур)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="92" />
            <source>Last day of stay (per entry)</source>
            <translation>Последний день пребывания (за въезд)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="93" />
            <source>Last day of stay (90 in 180 days)</source>
            <translation>Последний день пребывания (90 из 180 дней)</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="94" />
            <source>Registration of the place of stay</source>
            <translation>Регистрация по месту пребывания</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="95" />
            <source>Document expires</source>
            <translation>Окончание срока документа</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="96" />
            <source>Extend refugee status</source>
            <translation>Продление статуса беженца</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="97" />
            <source>Refugee certificate to be issued</source>
            <translation>Выдача удостоверения беженца</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="98" />
            <source>Decision on the asylum claim</source>
            <translation>Решение по ходатайству об убежище</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="99" />
            <source>Latest decision on the asylum claim</source>
            <translation>Крайний срок решения по ходатайству</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="100" />
            <source>End of the re-entry ban</source>
            <translation>Окончание запрета на въезд</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="101" />
            <source>End of job search after a contract</source>
            <translation>Окончание поиска работы после договора</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="102" />
            <source>May apply for citizenship</source>
            <translation>Может подать на гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="103" />
            <source>Employer's request for the quota</source>
            <translation>Заявка работодателя на квоту</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="107" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="108" />
            <source>Due soon</source>
            <translation>Скоро срок</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="109" />
            <source>On track</source>
            <translation>В срок</translation>
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="110" />
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="74" />
            <source>Referral letter {0}</source>
            <translation>Направление {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="87" />
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="88" />
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="89" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="93" />
            <source>Language of the letter:</source>
            <translation>Язык письма:</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="155" />
            <source>Print referral letter {0}</source>
            <translation>Печать направления {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="165" />
            <source>Save the referral letter</source>
            <translation>Сохранить направление</translation>
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
            <translation>Qamqor заблокирован</translation>
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="32" />
            <source>{0} was away. Enter your password to continue.</source>
            <translation>Пока {0} не было на месте, окно заблокировано. Введите пароль, чтобы продолжить.</translation>
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="35" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="40" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
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
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="62" />
            <source>&amp;New case…</source>
            <translation>&amp;Новое дело…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="63" />
            <source>&amp;Find a person</source>
            <translation>Н&amp;айти человека</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="64" />
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="65" />
            <source>&amp;Print case…</source>
            <translation>&amp;Печать дела…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="66" />
            <location filename="../../desktop/main_window.py" line="231" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="67" />
            <source>&amp;Close tab</source>
            <translation>&amp;Закрыть вкладку</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="69" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="71" />
            <source>&amp;Refresh</source>
            <translation>О&amp;бновить</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="72" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="74" />
            <source>&amp;About Qamqor</source>
            <translation>&amp;О программе Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="75" />
            <source>Open a new case (Ctrl+N)</source>
            <translation>Открыть новое дело (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="79" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="87" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="94" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="99" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="101" />
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="116" />
            <source>Signed in as {0}</source>
            <translation>Пользователь: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/main_window.py" line="119" />
            <source>%n case(s) in the list</source>
            <translation>
                <numerusform>В списке %n дело</numerusform>
                <numerusform>В списке %n дела</numerusform>
                <numerusform>В списке %n дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="134" />
            <source>Opening…</source>
            <translation>Открываю…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="143" />
            <source>{0} has no case yet: open one with New case.</source>
            <translation>У человека {0} ещё нет дела: откройте его через «Новое дело».</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="164" />
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="164" />
            <source>You have changes that are not saved ({0}).</source>
            <translation>Есть несохранённые изменения ({0}).</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="211" />
            <source>Undone: {0}</source>
            <translation>Отменено: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="220" />
            <source>About Qamqor</source>
            <translation>О программе Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="221" />
            <source>Qamqor helps caseworkers follow the cases of migrants in Kazakhstan: their stays, documents and deadlines, with the legal source of each deadline.

Everything stays on this computer.</source>
            <translation>Qamqor помогает кураторам вести дела мигрантов в Казахстане: пребывание, документы и сроки — с правовым источником каждого срока.

Все данные остаются на этом компьютере.</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="231" />
            <source>&amp;Undo {0}</source>
            <translation>&amp;Отменить: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="82" />
            <source>Print referral &amp;letters…</source>
            <translation>Печать &amp;направлений…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="91" />
            <source>Service &amp;directory…</source>
            <translation>&amp;Справочник служб…</translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="70" />
            <source>Sign &amp;out</source>
            <translation>&amp;Выйти из учётной записи</translation>
        </message>
    </context>
    <context>
        <name>MatchModel</name>
        <message>
            <location filename="../../desktop/find_box.py" line="42" />
            <source>no case yet</source>
            <translation>дела ещё нет</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/messages.py" line="27" />
            <source>is required</source>
            <translation>обязательно для заполнения</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="29" />
            <source>must not be empty</source>
            <translation>не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="31" />
            <source>is too long (at most {0} characters)</source>
            <translation>слишком длинно (не более {0} символов)</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="33" />
            <source>is not in the expected form</source>
            <translation>записано не в том виде</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="35" />
            <source>is not a valid date</source>
            <translation>это не дата</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="37" />
            <source>must be one of: {0}</source>
            <translation>должно быть одним из: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="39" />
            <source>must be a whole number</source>
            <translation>должно быть целым числом</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="41" />
            <source>must be at least {0}</source>
            <translation>должно быть не меньше {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="43" />
            <source>must be at most {0}</source>
            <translation>должно быть не больше {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="45" />
            <source>must not be before the {0} ({1})</source>
            <translation>не может быть раньше, чем {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="47" />
            <source>is required when the case is closed</source>
            <translation>обязательно, если дело закрыто</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="49" />
            <source>needs the closing date too</source>
            <translation>нужна и дата закрытия</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="51" />
            <source>is required (only a permanent residence permit has no end date)</source>
            <translation>обязательно (без даты окончания бывает только разрешение на постоянное проживание)</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="53" />
            <source>applies to work permits only</source>
            <translation>указывается только для разрешений на работу</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="55" />
            <source>must be 12 digits with a correct control digit</source>
            <translation>должен состоять из 12 цифр с верной контрольной цифрой</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="57" />
            <source>is in the future ({0})</source>
            <translation>в будущем ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="59" />
            <source>does not match the date of birth ({0})</source>
            <translation>не совпадает с датой рождения ({0})</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="61" />
            <source>'{0}' is not a country: choose one from the list</source>
            <translation>«{0}» — не страна: выберите из списка</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="63" />
            <source>and the decision date go together: give both or neither</source>
            <translation>и дата решения указываются вместе: либо оба, либо ни одного</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="68" />
            <source>entry date</source>
            <translation>дата въезда</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="69" />
            <source>opening date</source>
            <translation>дата открытия</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="70" />
            <source>first day of validity</source>
            <translation>первый день действия</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="71" />
            <source>start date</source>
            <translation>дата начала</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="72" />
            <source>registration date</source>
            <translation>дата регистрации</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="73" />
            <source>decision date</source>
            <translation>дата решения</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="74" />
            <source>appeal date</source>
            <translation>дата обжалования</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="75" />
            <source>recognition date</source>
            <translation>дата признания</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="76" />
            <source>expulsion date</source>
            <translation>дата выдворения</translation>
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="77" />
            <source>issue date</source>
            <translation>дата выдачи</translation>
        </message>
    </context>
    <context>
        <name>NewCaseWizard</name>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="53" />
            <location filename="../../desktop/wizard/new_case.py" line="96" />
            <source>New case</source>
            <translation>Новое дело</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="85" />
            <source>Saving the new case…</source>
            <translation>Сохраняю новое дело…</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="97" />
            <source>The person was saved, but not everything else: {0}

Find the person with Find (Ctrl+F) and add the rest there.</source>
            <translation>Человек сохранён, но не всё остальное: {0}

Найдите его через поиск (Ctrl+F) и добавьте остальное там.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="29" />
            <source>Write a note: what happened, what was agreed, what comes next</source>
            <translation>Запишите: что произошло, о чём договорились, что дальше</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="31" />
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="34" />
            <source>Add scanned document…</source>
            <translation>Добавить скан документа…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="35" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="38" />
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Заметки&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="44" />
            <source>&lt;b&gt;Attachments&lt;/b&gt;</source>
            <translation>&lt;b&gt;Вложения&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="83" />
            <source>Add a scanned document</source>
            <translation>Добавить скан документа</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="84" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
            <translation>Сканы и документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="94" />
            <source>Saving {0}…</source>
            <translation>Сохраняю {0}…</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="74" />
            <source>The office's details</source>
            <translation>Реквизиты организации</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="75" />
            <source>Name of the office</source>
            <translation>Название организации</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="76" />
            <source>Name in Kazakh</source>
            <translation>Название на казахском</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="77" />
            <source>Name in Russian</source>
            <translation>Название на русском</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="78" />
            <source>Name in English</source>
            <translation>Название на английском</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="79" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="80" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="81" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="82" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="85" />
            <source>These head every referral letter the office prints.</source>
            <translation>Эти реквизиты печатаются в шапке каждого направления.</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desktop/operations/edits.py" line="30" />
            <source>Edit person</source>
            <translation>Изменение данных человека</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/edits.py" line="41" />
            <source>Add document</source>
            <translation>Добавление документа</translation>
        </message>
        <message>
            <location filename="../../desktop/operations/edits.py" line="84" />
            <source>Edit case</source>
            <translation>Изменение дела</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="41" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="41" />
            <source>New organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="43" />
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="44" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="45" />
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="46" />
            <source>Regions (comma-separated)</source>
            <translation>Регионы (через запятую)</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="47" />
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="48" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="49" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="50" />
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="51" />
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="52" />
            <source>Opening hours</source>
            <translation>Часы работы</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="53" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="54" />
            <source>Source of these details</source>
            <translation>Откуда эти сведения</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="57" />
            <source>Enter only contact details you have checked: a wrong number can put a person at risk.</source>
            <translation>Вносите только проверенные контакты: неверный номер может подвергнуть человека опасности.</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../desktop/person_form.py" line="18" />
            <source>Family name</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="19" />
            <source>Given name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="20" />
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="22" />
            <source>(empty: transliterated)</source>
            <translation>(пусто: транслитерация)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="23" />
            <source>Family name in Latin letters</source>
            <translation>Фамилия латиницей</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="24" />
            <source>Given name in Latin letters</source>
            <translation>Имя латиницей</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="25" />
            <source>Patronymic in Latin letters</source>
            <translation>Отчество латиницей</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="27" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="28" />
            <source>Year of birth (if the date is unknown)</source>
            <translation>Год рождения (если дата неизвестна)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="30" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="31" />
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="32" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="34" />
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="35" />
            <source>e.g. uz, ru</source>
            <translation>например, uz, ru</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="36" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="37" />
            <source>Address in Kazakhstan</source>
            <translation>Адрес в Казахстане</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="38" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="39" />
            <source>(empty: from the address)</source>
            <translation>(пусто: по адресу)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="40" />
            <source>Exempt from the 90/180 rule as</source>
            <translation>Не подпадает под правило 90/180 как</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="42" />
            <source>(not exempt)</source>
            <translation>(подпадает)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="48" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="50" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="51" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="52" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="53" />
            <source>(not assigned)</source>
            <translation>(не назначен)</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="54" />
            <source>Sensitive</source>
            <translation>Конфиденциально</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="55" />
            <source>Only the caseworker and supervisors may see this case</source>
            <translation>Дело видят только куратор и руководители</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="56" />
            <source>Opened on</source>
            <translation>Дата открытия</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="58" />
            <source>Closed on</source>
            <translation>Дата закрытия</translation>
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="59" />
            <source>Reason for closing</source>
            <translation>Причина закрытия</translation>
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="50" />
            <source>Who is the person?</source>
            <translation>Кто этот человек?</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="51" />
            <source>Names as written in their passport. Qamqor checks whether they are already recorded.</source>
            <translation>ФИО — как в паспорте. Qamqor проверит, нет ли этого человека в базе.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="58" />
            <location filename="../../desktop/wizard/pages.py" line="99" />
            <source>No one recorded so far looks like this person.</source>
            <translation>Похожих людей в базе нет.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="60" />
            <source>Open this person's case instead</source>
            <translation>Открыть дело этого человека</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="63" />
            <source>&lt;b&gt;Possibly the same person&lt;/b&gt;</source>
            <translation>&lt;b&gt;Возможно, тот же человек&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="92" />
            <source>same document number</source>
            <translation>тот же номер документа</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="92" />
            <source>similar name, same birth</source>
            <translation>похожее имя, та же дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="98" />
            <source>Check these before saving a new person:</source>
            <translation>Проверьте их, прежде чем сохранять нового человека:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/wizard/pages.py" line="100" />
            <source>%n more possible match(es), in cases you may not see: ask your supervisor before saving a new person.</source>
            <translation>
                <numerusform>Ещё %n возможное совпадение в деле, которое вам не видно: прежде чем сохранять нового человека, спросите руководителя.</numerusform>
                <numerusform>Ещё %n возможных совпадения в делах, которые вам не видны: прежде чем сохранять нового человека, спросите руководителя.</numerusform>
                <numerusform>Ещё %n возможных совпадений в делах, которые вам не видны: прежде чем сохранять нового человека, спросите руководителя.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/preferences.py" line="13" />
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location filename="../../desktop/preferences.py" line="23" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
    </context>
    <context>
        <name>PrintLettersDialog</name>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="34" />
            <location filename="../../desktop/trafficking/print_letters.py" line="131" />
            <source>Print referral letters</source>
            <translation>Печать направлений</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="39" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="39" />
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="49" />
            <source>Choose all</source>
            <translation>Выбрать все</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="50" />
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="51" />
            <source>Save as one PDF…</source>
            <translation>Сохранить одним PDF…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="52" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="55" />
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="62" />
            <source>Sent and accepted referrals of the cases you can see, newest first. Each letter carries only what the person's consent covers; every letter is written to the audit trail.</source>
            <translation>Отправленные и принятые направления по доступным вам делам, сначала новые. В каждом письме только то, на что человек дал согласие; каждое письмо записывается в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="102" />
            <source>Making the letters…</source>
            <translation>Готовлю письма…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="119" />
            <source>Making {0} referral letter(s)…</source>
            <translation>Готовлю направления: {0}…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="139" />
            <source>Save the referral letters</source>
            <translation>Сохранить направления</translation>
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
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="25" />
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="26" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="27" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="28" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="29" />
            <source>Opened on</source>
            <translation>Дата открытия</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="30" />
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="30" />
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="31" />
            <source>Deadlines</source>
            <translation>Сроки</translation>
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="53" />
            <source>Print case</source>
            <translation>Печать дела</translation>
        </message>
    </context>
    <context>
        <name>QuotaChart</name>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="126" />
            <source>Allocated</source>
            <translation>Выделено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="126" />
            <source>Permits counted</source>
            <translation>Учтено разрешений</translation>
        </message>
    </context>
    <context>
        <name>QuotaModel</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Work category</source>
            <translation>Категория разрешения</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Allocated</source>
            <translation>Выделено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Permits counted</source>
            <translation>Учтено разрешений</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Remaining</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Used</source>
            <translation>Использовано</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="72" />
            <source>Double-click to change the allocation</source>
            <translation>Дважды щёлкните, чтобы изменить квоту</translation>
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="184" />
            <source>Set an allocation…</source>
            <translation>Установить квоту…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="186" />
            <source>Record staff figures…</source>
            <translation>Численность персонала…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="201" />
            <source>Quota per region: allocated and used</source>
            <translation>Квота по регионам: выделено и использовано</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Employer</source>
            <translation>Работодатель</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Found</source>
            <translation>Выявлено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>On</source>
            <translation>На дату</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="210" />
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="222" />
            <source>Employers to look at</source>
            <translation>Работодатели, требующие внимания</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/quota_view.py" line="262" />
            <source>%n region and category pair(s) at 80 % or more of the allocation</source>
            <translation>
                <numerusform>%n пара «регион — категория» использует 80 % квоты или больше</numerusform>
                <numerusform>%n пары «регион — категория» используют 80 % квоты или больше</numerusform>
                <numerusform>%n пар «регион — категория» используют 80 % квоты или больше</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="263" />
            <source>No allocation is near its limit.</source>
            <translation>Ни одна квота не близка к пределу.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/quota_view.py" line="265" />
            <source>%n work permit(s) of the year could not be counted: employer, region or category not recorded</source>
            <translation>
                <numerusform>%n разрешение за год не учтено: не указан работодатель, регион или категория</numerusform>
                <numerusform>%n разрешения за год не учтены: не указан работодатель, регион или категория</numerusform>
                <numerusform>%n разрешений за год не учтено: не указан работодатель, регион или категория</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="276" />
            <source>No employer over a limit</source>
            <translation>Нет работодателей с превышением</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="26" />
            <source>New: {0}</source>
            <translation>Новая запись: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="33" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="35" />
            <source>Archive…</source>
            <translation>В архив…</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="37" />
            <source>Archived records leave the lists and deadlines but are never deleted</source>
            <translation>Записи в архиве не показываются в списках и не влияют на сроки, но никогда не удаляются</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="76" />
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="77" />
            <source>Archive this record? It will no longer count for deadlines; it stays in the database.</source>
            <translation>Перенести запись в архив? Она перестанет учитываться в сроках, но останется в базе.</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="13" />
            <source>Identity document</source>
            <translation>Удостоверение личности</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="14" />
            <source>Stay</source>
            <translation>Пребывание</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="15" />
            <source>Registration</source>
            <translation>Регистрация</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="16" />
            <source>Permit or visa</source>
            <translation>Разрешение или виза</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="17" />
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="18" />
            <source>Asylum claim</source>
            <translation>Ходатайство об убежище</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="19" />
            <source>Refugee status</source>
            <translation>Статус беженца</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="20" />
            <source>Expulsion</source>
            <translation>Выдворение</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="34" />
            <location filename="../../desktop/case_view/record_forms.py" line="49" />
            <location filename="../../desktop/case_view/record_forms.py" line="57" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="35" />
            <location filename="../../desktop/case_view/record_forms.py" line="50" />
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="36" />
            <source>Issued by (country)</source>
            <translation>Страна выдачи</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="37" />
            <source>Issued on</source>
            <translation>Дата выдачи</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="38" />
            <location filename="../../desktop/case_view/record_forms.py" line="52" />
            <location filename="../../desktop/case_view/record_forms.py" line="69" />
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="40" />
            <source>Entry date</source>
            <translation>Дата въезда</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="41" />
            <source>Exit date (empty while in the country)</source>
            <translation>Дата выезда (пусто, пока в стране)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="42" />
            <source>Basis of stay</source>
            <translation>Основание пребывания</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="43" />
            <source>Border crossing point</source>
            <translation>Пункт пропуска</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="45" />
            <source>Registered on</source>
            <translation>Дата регистрации</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="46" />
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="47" />
            <source>Host (who registered them)</source>
            <translation>Принимающая сторона</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="51" />
            <source>Valid from</source>
            <translation>Действует с</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="53" />
            <source>Issued by</source>
            <translation>Кем выдано</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="54" />
            <source>Work category</source>
            <translation>Категория работы</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="55" />
            <location filename="../../desktop/case_view/record_forms.py" line="58" />
            <source>Employer</source>
            <translation>Работодатель</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="59" />
            <source>Start date</source>
            <translation>Дата начала</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="60" />
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="62" />
            <source>Claim registered on</source>
            <translation>Ходатайство зарегистрировано</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="63" />
            <source>Decided on</source>
            <translation>Дата решения</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="64" />
            <source>Decision</source>
            <translation>Решение</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="65" />
            <source>Appeal filed on</source>
            <translation>Дата подачи жалобы</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="66" />
            <source>Appeal decided on</source>
            <translation>Дата решения по жалобе</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="68" />
            <source>Recognised on</source>
            <translation>Дата признания</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="70" />
            <source>Certificate issued on</source>
            <translation>Удостоверение выдано</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="71" />
            <source>Certificate number</source>
            <translation>Номер удостоверения</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="73" />
            <source>Expelled on</source>
            <translation>Дата выдворения</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="74" />
            <source>Re-entry ban until (empty: the law's default)</source>
            <translation>Запрет на въезд до (пусто: срок по закону)</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="75" />
            <source>Decided by</source>
            <translation>Кем принято решение</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="80" />
            <source>(none)</source>
            <translation>(нет)</translation>
        </message>
    </context>
    <context>
        <name>RecordsPanel</name>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="27" />
            <source>Add {0}</source>
            <translation>Добавить: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="30" />
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="51" />
            <source>Choose a line to see or change it, or add a new one.</source>
            <translation>Выберите строку, чтобы посмотреть или изменить её, или добавьте новую.</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="207" />
            <source>New referral</source>
            <translation>Новое направление</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="207" />
            <source>Change the draft referral</source>
            <translation>Изменить черновик направления</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="212" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="213" />
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="214" />
            <source>Urgency</source>
            <translation>Срочность</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="215" />
            <source>Reason</source>
            <translation>Основание</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="216" />
            <source>Share</source>
            <translation>Передать</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="228" />
            <source>Choose the organisation: the letter will carry only what the person's consent allows to share with it.</source>
            <translation>Выберите организацию: в письмо попадёт только то, что человек согласился ей передать.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="234" />
            <source>No consent in force allows sharing with this organisation yet: record it before sending.</source>
            <translation>Пока нет действующего согласия на передачу сведений этой организации: запишите его до отправки.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="236" />
            <source>The consent in force covers what this referral shares.</source>
            <translation>Действующее согласие покрывает всё, что передаёт это направление.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="238" />
            <source>Not covered by consent: {0}. Record consent for it, or share less.</source>
            <translation>Не покрыто согласием: {0}. Запишите согласие или передайте меньше.</translation>
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="95" />
            <source>New screening</source>
            <translation>Новое интервью (скрининг)</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="97" />
            <source>Interviewed on</source>
            <translation>Дата интервью</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="98" />
            <source>Interpreter</source>
            <translation>Переводчик</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="99" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="101" />
            <source>Ask in the person's words; leave a question blank if it was not asked. The indicators support your assessment; they do not make it.</source>
            <translation>Спрашивайте словами, понятными человеку; если вопрос не задавался, оставьте его пустым. Индикаторы помогают оценке, но не заменяют её.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="116" />
            <source>Source: {0}</source>
            <translation>Источник: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="118" />
            <source>Not asked</source>
            <translation>Не задавался</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="253" />
            <source>Send referral {0}</source>
            <translation>Отправка направления {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="255" />
            <source>Mark as sent</source>
            <translation>Отметить как отправленное</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="256" />
            <source>Sent on</source>
            <translation>Дата отправки</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="259" />
            <source>The person's consent of {0} allows sharing what this referral carries with {1}.</source>
            <translation>Согласие человека от {0} позволяет передать организации «{1}» сведения из этого направления.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="262" />
            <source>the referral itself</source>
            <translation>само направление</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="264" />
            <source>Why it cannot wait</source>
            <translation>Почему нельзя ждать</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="265" />
            <source>No consent in force covers: {0}. You may send it anyway only in an emergency, saying why; the override is recorded in the audit trail.</source>
            <translation>Действующее согласие не покрывает: {0}. Отправить без него можно только в экстренном случае, указав причину; это записывается в журнал аудита.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="267" />
            <source>Send without consent</source>
            <translation>Отправить без согласия</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="269" />
            <source>No consent in force covers: {0}. Record the person's consent first. Without it only a supervisor, or the assigned caseworker for an emergency referral, may send it.</source>
            <translation>Действующее согласие не покрывает: {0}. Сначала запишите согласие человека. Без него направление может отправить только руководитель, а экстренное — ещё и ответственный социальный работник.</translation>
        </message>
    </context>
    <context>
        <name>SetUpDialog</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="73" />
            <source>Set up Qamqor</source>
            <translation>Настройка Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="74" />
            <source>Welcome. Create the administrator's account: the administrator creates the accounts of the caseworkers and supervisors. Choose a password of at least {0} characters.</source>
            <translation>Добро пожаловать. Создайте учётную запись администратора: администратор создаёт учётные записи социальных работников и руководителей. Выберите пароль не короче {0} символов.</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="80" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="81" />
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="82" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="83" />
            <source>Password again</source>
            <translation>Пароль ещё раз</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="79" />
            <source>I am also the office's supervisor (I may see every case)</source>
            <translation>Я также руководитель офиса (вижу все дела)</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="85" />
            <source>Create account</source>
            <translation>Создать учётную запись</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="89" />
            <source>The two passwords are not the same.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="129" />
            <source>The user name or the password is not right.</source>
            <translation>Неверное имя пользователя или пароль.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/sign_in.py" line="130" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Слишком много неверных паролей. Попробуйте снова через %n минуту.</numerusform>
                <numerusform>Слишком много неверных паролей. Попробуйте снова через %n минуты.</numerusform>
                <numerusform>Слишком много неверных паролей. Попробуйте снова через %n минут.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="108" />
            <source>Sign in to Qamqor</source>
            <translation>Вход в Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="108" />
            <source>Sign in with your user name and password.</source>
            <translation>Войдите под своим именем пользователя и паролем.</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="111" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="112" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="113" />
            <source>Sign in</source>
            <translation>Войти</translation>
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="193" />
            <source>Current stay in Kazakhstan</source>
            <translation>Текущее пребывание в Казахстане</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="194" />
            <source>When they entered and on what basis; the registration if they have one. Leave the entry date empty if they are not in the country.</source>
            <translation>Когда и на каком основании человек въехал; регистрация, если есть. Оставьте дату въезда пустой, если человека нет в стране.</translation>
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="200" />
            <source>&lt;b&gt;Registration of the place of stay&lt;/b&gt; (if done)</source>
            <translation>&lt;b&gt;Регистрация по месту пребывания&lt;/b&gt; (если есть)</translation>
        </message>
    </context>
    <context>
        <name>StayPlanner</name>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="18" />
            <source>Stay planner</source>
            <translation>Планирование пребывания</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="23" />
            <source>Planned entry date</source>
            <translation>Планируемая дата въезда</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="24" />
            <source>How long may they stay?</source>
            <translation>Сколько можно пробыть?</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="29" />
            <source>If they enter on</source>
            <translation>При въезде</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="41" />
            <source>Enter the day they plan to enter Kazakhstan.</source>
            <translation>Укажите день планируемого въезда в Казахстан.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="49" />
            <source>No limit on the length of stay applies to them.</source>
            <translation>Ограничение срока пребывания к этому человеку не применяется.</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="51" />
            <source>They may not stay at all if they enter on {0}: the days allowed in the last 180 are used up.</source>
            <translation>При въезде {0} пребывание невозможно: допустимые дни за последние 180 уже использованы.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/planner.py" line="55" />
            <source>They may stay up to %n day(s), until {0} inclusive.</source>
            <translation>
                <numerusform>Можно пробыть до %n дня, по {0} включительно.</numerusform>
                <numerusform>Можно пробыть до %n дней, по {0} включительно.</numerusform>
                <numerusform>Можно пробыть до %n дней, по {0} включительно.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="283" />
            <source>Progress of referral {0}</source>
            <translation>Ход направления {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="286" />
            <source>Now</source>
            <translation>Теперь</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="287" />
            <source>On</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="288" />
            <source>Note (the reason, for a rejection or revocation)</source>
            <translation>Примечание (для отказа или отзыва — причина)</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="46" />
            <source>Rule version: {0}</source>
            <translation>Версия правила: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="46" />
            <source>Region not recorded</source>
            <translation>Регион не указан</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/__init__.py" line="22" />
            <source>Supervisor's &amp;dashboard</source>
            <translation>Панель &amp;руководителя</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/freshness.py" line="90" />
            <source>Bringing deadlines up to today…</source>
            <translation>Сроки пересчитываются на сегодня…</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="12" />
            <source>Overdue or due within 30 days</source>
            <translation>Просрочено или в ближайшие 30 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="13" />
            <location filename="../../desktop/supervisor/words.py" line="123" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="14" />
            <location filename="../../desktop/supervisor/words.py" line="124" />
            <source>Due today</source>
            <translation>Срок сегодня</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="15" />
            <location filename="../../desktop/supervisor/words.py" line="125" />
            <source>Due within 7 days</source>
            <translation>В ближайшие 7 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="16" />
            <location filename="../../desktop/supervisor/words.py" line="126" />
            <source>Due within 30 days</source>
            <translation>В ближайшие 30 дней</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="17" />
            <source>Every open deadline</source>
            <translation>Все открытые сроки</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="20" />
            <source>Referral without an answer</source>
            <translation>Направление без ответа</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="26" />
            <source>More than {limit} domestic workers on patents: {found}</source>
            <translation>Больше {limit} домработников по патентам: {found}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="27" />
            <source>Citizens hold {found} of management posts (at least {limit})</source>
            <translation>Граждане занимают {found} руководящих должностей (нужно не менее {limit})</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="28" />
            <source>Citizens hold {found} of specialist posts (at least {limit})</source>
            <translation>Граждане занимают {found} должностей специалистов (нужно не менее {limit})</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="30" />
            <source>Staff figures leave room for {limit} foreign managers; Qamqor knows of {found}</source>
            <translation>По численности персонала возможно {limit} иностранных руководителей; в Qamqor их {found}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="32" />
            <source>Staff figures leave room for {limit} foreign specialists; Qamqor knows of {found}</source>
            <translation>По численности персонала возможно {limit} иностранных специалистов; в Qamqor их {found}</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="36" />
            <source>Within the quota</source>
            <translation>В пределах квоты</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="37" />
            <source>80 % used</source>
            <translation>Использовано 80 %</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="38" />
            <source>Used up</source>
            <translation>Исчерпана</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="39" />
            <source>Over the quota</source>
            <translation>Сверх квоты</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="40" />
            <source>No allocation</source>
            <translation>Квота не выделена</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="102" />
            <source>Alerts</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="103" />
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="104" />
            <source>Days left</source>
            <translation>Осталось дней</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="105" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="106" />
            <source>Deadline</source>
            <translation>Срок</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="107" />
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="108" />
            <source>Citizenship</source>
            <translation>Гражданство</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="109" />
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="110" />
            <source>Caseworker</source>
            <translation>Куратор</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="111" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="112" />
            <source>Rule version</source>
            <translation>Версия правила</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="113" />
            <source>Case id</source>
            <translation>Идентификатор дела</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="114" />
            <source>Alerts by status</source>
            <translation>Предупреждения по состоянию</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="115" />
            <source>Alerts by deadline</source>
            <translation>Предупреждения по срокам</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="116" />
            <source>Alerts by region</source>
            <translation>Предупреждения по регионам</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="117" />
            <source>Alerts by category</source>
            <translation>Предупреждения по категориям</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="118" />
            <source>Alerts by week</source>
            <translation>Предупреждения по неделям</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="119" />
            <source>Open cases</source>
            <translation>Открытые дела</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="120" />
            <source>Caseloads</source>
            <translation>Нагрузка кураторов</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="121" />
            <source>Quota usage</source>
            <translation>Использование квоты</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="122" />
            <source>Window</source>
            <translation>Период</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="127" />
            <source>Week from</source>
            <translation>Неделя с</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="128" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="129" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="130" />
            <source>Measure</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="131" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="132" />
            <source>Caseworkers</source>
            <translation>Кураторы</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="133" />
            <source>Unassigned cases</source>
            <translation>Дела без куратора</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="134" />
            <source>Fewest open cases</source>
            <translation>Меньше всего открытых дел</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="135" />
            <source>Median open cases</source>
            <translation>Медиана открытых дел</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="136" />
            <source>Most open cases</source>
            <translation>Больше всего открытых дел</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="137" />
            <source>Work category</source>
            <translation>Категория разрешения</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="138" />
            <source>Allocated</source>
            <translation>Выделено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="139" />
            <source>Used</source>
            <translation>Использовано</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="140" />
            <source>Remaining</source>
            <translation>Остаток</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="141" />
            <source>Share used</source>
            <translation>Доля использования</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="36" />
            <source>open-ended</source>
            <translation>бессрочно</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="37" />
            <source>Case opened</source>
            <translation>Дело открыто</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="39" />
            <source>Case closed</source>
            <translation>Дело закрыто</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="41" />
            <source>left {0}</source>
            <translation>выезд {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="41" />
            <source>still in the country</source>
            <translation>всё ещё в стране</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="43" />
            <source>Entered {0} ({1}), {2}</source>
            <translation>Въезд {0} ({1}), {2}</translation>
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
            <translation>решение ожидается</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="61" />
            <source>valid until {0}</source>
            <translation>действует до {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="64" />
            <source>re-entry banned until {0}</source>
            <translation>въезд запрещён до {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="65" />
            <source>re-entry ban as the law sets it</source>
            <translation>запрет на въезд на срок по закону</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
    </context>
    <context>
        <name>TraffickingPanel</name>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="65" />
            <source>Screening and assessment</source>
            <translation>Скрининг и оценка</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="71" />
            <source>New screening…</source>
            <translation>Новое интервью…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="71" />
            <source>Record assessment…</source>
            <translation>Записать оценку…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="77" />
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <source>Purpose</source>
            <translation>Цель</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <source>May share</source>
            <translation>Можно передать</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>Given</source>
            <translation>Дано</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>How</source>
            <translation>Как получено</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>In force</source>
            <translation>Действует</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="81" />
            <source>Record consent…</source>
            <translation>Записать согласие…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="81" />
            <source>Withdraw…</source>
            <translation>Отозвать…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="86" />
            <source>Referrals</source>
            <translation>Направления</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Urgency</source>
            <translation>Срочность</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Sent</source>
            <translation>Отправлено</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="89" />
            <source>Follow-up</source>
            <translation>Контроль ответа</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>New referral…</source>
            <translation>Новое направление…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>Change draft…</source>
            <translation>Изменить черновик…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>Send…</source>
            <translation>Отправить…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="92" />
            <source>Record progress…</source>
            <translation>Записать ход…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="92" />
            <source>Letter…</source>
            <translation>Письмо…</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="142" />
            <source>&lt;b&gt;Assessment:&lt;/b&gt; {0} ({1}, {2})</source>
            <translation>&lt;b&gt;Оценка:&lt;/b&gt; {0} ({1}, {2})</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="145" />
            <source>&lt;b&gt;Assessment:&lt;/b&gt; none yet. The caseworker decides; the screening's indicators support the decision.</source>
            <translation>&lt;b&gt;Оценка:&lt;/b&gt; пока нет. Решает социальный работник; индикаторы скрининга помогают принять решение.</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="152" />
            <source>{0} – {1}: {2} indicator(s) present{3}</source>
            <translation>{0} – {1}: выявлено индикаторов: {2}{3}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="157" />
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="158" />
            <source>withdrawn {0}</source>
            <translation>отозвано {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="209" />
            <source>Consent withdrawn</source>
            <translation>Согласие отозвано</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="210" />
            <source>These referrals relied on this consent: {0}. Their letters can no longer be printed. Revoke them (Record progress…) and tell the organisations.</source>
            <translation>Эти направления опирались на это согласие: {0}. Их письма больше нельзя печатать. Отзовите их («Записать ход…») и сообщите организациям.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop/unlock.py" line="30" />
            <source>Unlock {0}</source>
            <translation>Открыть {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="32" />
            <source>The database {0} is encrypted. Enter its passphrase to open it.</source>
            <translation>База данных {0} зашифрована. Введите парольную фразу, чтобы открыть её.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="37" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="39" />
            <source>Remember on this computer (keyring)</source>
            <translation>Запомнить на этом компьютере (связка ключей)</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="41" />
            <source>Qamqor will open without asking for anyone who can log in to this computer account.</source>
            <translation>Qamqor будет открываться без вопроса для любого, кто может войти в эту учётную запись компьютера.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="45" />
            <source>There is no working keyring on this computer.</source>
            <translation>На этом компьютере нет работающей связки ключей.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="52" />
            <source>Unlock</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="66" />
            <source>Enter the passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="72" />
            <source>The passphrase is not right. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation>Парольная фраза неверна. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
        </message>
    </context>
    <context>
        <name>WeeksChart</name>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="66" />
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="66" />
            <source>Due within a week</source>
            <translation>В течение недели</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="67" />
            <source>Due later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="71" />
            <source>Late</source>
            <translation>Ранее</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="188" />
            <source>Withdraw consent</source>
            <translation>Отзыв согласия</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="190" />
            <source>Withdrawn on</source>
            <translation>Дата отзыва</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="191" />
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="192" />
            <source>From this day on the consent no longer allows sharing: referrals that relied on it cannot print their letters.</source>
            <translation>С этого дня согласие больше не позволяет передавать сведения: письма направлений, которые на него опирались, печатать нельзя.</translation>
        </message>
    </context>
    <context>
        <name>NewDatabaseDialog</name>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create the Qamqor database</source>
            <translation>Создание базы данных Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Qamqor will keep its cases in {0}. They are about people at risk: protect the file with a passphrase, so that no one can read it without Qamqor, even if this computer is lost or stolen.

Use a few words that only the people of this office know, and keep them somewhere safe: without the passphrase the cases cannot be recovered.</source>
            <translation>Qamqor будет хранить дела в файле {0}. Это сведения о людях в опасности: защитите файл кодовой фразой, чтобы никто не смог прочитать его без Qamqor, даже если компьютер потеряют или украдут.

Возьмите несколько слов, которые знают только сотрудники офиса, и храните их в надёжном месте: без кодовой фразы дела восстановить нельзя.</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Passphrase</source>
            <translation>Кодовая фраза</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The passphrase again</source>
            <translation>Кодовая фраза ещё раз</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Again</source>
            <translation>Ещё раз</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Remember on this computer (keyring)</source>
            <translation>Запомнить на этом компьютере (связка ключей)</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create, protected by this passphrase</source>
            <translation>Создать под защитой этой фразы</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create without a passphrase</source>
            <translation>Создать без кодовой фразы</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The two passphrases are not the same.</source>
            <translation>Две кодовые фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The passphrase is too short: use at least {0} characters (a few words are best).</source>
            <translation>Кодовая фраза слишком короткая: нужно не меньше {0} символов (лучше несколько слов).</translation>
        </message>
    </context>
</TS>