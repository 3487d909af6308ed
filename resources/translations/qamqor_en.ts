<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <location filename="../../desktop/supervisor/words.py" line="59" />
            <source>Rule version: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="65" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="69" />
            <source>Region not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertListModel</name>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="159" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="160" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="174" />
            <source>(no longer on the list)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="191" />
            <source>Office: employers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_model.py" line="195" />
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="94" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="94" />
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="100" />
            <source>Deadlines in the next 8 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="139" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="141" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="141" />
            <source>All deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="142" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="142" />
            <location filename="../../desktop/supervisor/alerts_view.py" line="230" />
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="143" />
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="147" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="148" />
            <source>All regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="149" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="150" />
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="154" />
            <location filename="../../desktop/supervisor/alerts_view.py" line="159" />
            <source>As of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="155" />
            <source>The day to judge from: what will be overdue on that day?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="163" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="200" />
            <source>Reading the deadlines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="218" />
            <source>Reading the rest of the list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="222" />
            <source>(as of {0})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/alerts_view.py" line="223" />
            <source>%n alert(s) listed</source>
            <translation>
                <numerusform>%n alert listed</numerusform>
                <numerusform>%n alerts listed</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="228" />
            <source>By deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="229" />
            <source>By caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="232" />
            <source>By region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/alerts_view.py" line="235" />
            <source>By category</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AllocationDialog</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="109" />
            <source>Set a quota allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="122" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="123" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="124" />
            <source>Work category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="125" />
            <source>Units</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../desktop/app.py" line="32" />
            <source>maintenance (no user)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="142" />
            <source>Record an assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="144" />
            <source>Assessed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="145" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="146" />
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="147" />
            <source>Officer, court or body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="148" />
            <source>Reasoning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="149" />
            <source>You decide; the indicators only support the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="152" />
            <source>Latest screening ({0}): {1} indicator(s) present in {2} group(s).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../desktop/case_list/model.py" line="55" />
            <source>Sorting and filtering the cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="108" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Next deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="109" />
            <source>Deadline status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="117" />
            <source>(no longer available)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="138" />
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_list/model.py" line="151" />
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="153" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_list/model.py" line="153" />
            <source>Due in %n day(s)</source>
            <translation>
                <numerusform>Due in %n day</numerusform>
                <numerusform>Due in %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="155" />
            <source>Case closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/model.py" line="156" />
            <source>On track</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message numerus="yes">
            <location filename="../../desktop/case_list/view.py" line="102" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasePage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="215" />
            <source>The case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="216" />
            <source>What kind of help, how urgent, and who works on it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../desktop/case_view/view.py" line="38" />
            <source>Opening the case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="61" />
            <source>Person and documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="62" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="63" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="64" />
            <source>Notes and attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="66" />
            <source>Trafficking and referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="70" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="139" />
            <source>Add {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/view.py" line="139" />
            <source>Change {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="57" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="57" />
            <source>Open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="58" />
            <source>Overdue deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="59" />
            <source>Due within 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="67" />
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseloadPage</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="131" />
            <source>Open cases per caseworker, by priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="138" />
            <location filename="../../desktop/supervisor/caseload_view.py" line="148" />
            <source>Reassign to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="141" />
            <location filename="../../desktop/supervisor/caseload_view.py" line="234" />
            <source>Reassign selected cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="206" />
            <source>(nobody: unassign)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="220" />
            <source>Not assigned</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="221" />
            <source>{0}: %n open case(s)</source>
            <translation>
                <numerusform>{0}: %n open case</numerusform>
                <numerusform>{0}: %n open cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="233" />
            <source>Reassign %n case(s)</source>
            <translation>
                <numerusform>Reassign %n case</numerusform>
                <numerusform>Reassign %n cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/caseload_view.py" line="244" />
            <source>%n case(s) reassigned to {0}</source>
            <translation>
                <numerusform>%n case reassigned to {0}</numerusform>
                <numerusform>%n cases reassigned to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="106" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/caseload_view.py" line="107" />
            <source>Next deadline</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="165" />
            <source>Record consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="169" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="170" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="171" />
            <source>May share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="172" />
            <source>Given on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="173" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="174" />
            <source>Witness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="176" />
            <source>Signed form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="178" />
            <source>Explain to the person what will be shared, with whom and why, in a language they understand; they may withdraw consent at any time. A signed form is first attached to the case (Notes and attachments).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="30" />
            <source>Supervisor's dashboard — Qamqor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="42" />
            <source>Deadline alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="46" />
            <source>Caseloads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="49" />
            <source>Labour quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="69" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="72" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="77" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="82" />
            <source>Alert list as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="83" />
            <source>Alert list as Excel workbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="86" />
            <source>Statistics (no names) as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="87" />
            <source>Statistics (no names) as Excel workbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="104" />
            <source>Bringing every deadline up to today…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/dashboard.py" line="108" />
            <source>Deadlines of %n person(s) brought up to today</source>
            <translation>
                <numerusform>Deadlines of %n person brought up to today</numerusform>
                <numerusform>Deadlines of %n persons brought up to today</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="113" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="113" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="123" />
            <source>Export the alert list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="132" />
            <source>Export statistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/dashboard.py" line="139" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/dashboard.py" line="141" />
            <source>Exported %n row(s) to {0}</source>
            <translation>
                <numerusform>Exported %n row to {0}</numerusform>
                <numerusform>Exported %n rows to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="56" />
            <source>YYYY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="56" />
            <source>MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="57" />
            <source>DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="59" />
            <source>Pick a date from a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/widgets/editors.py" line="79" />
            <source>is not a date: write it as {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeadlinesModel</name>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="35" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="42" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="43" />
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="43" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="63" />
            <source>Deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="95" />
            <source>No deadlines: nothing recorded for this person sets one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="100" />
            <source>Not in Kazakhstan now, as far as the stays recorded show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="101" />
            <source>In Kazakhstan now.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="103" />
            <source>%n day(s) of the last 180 count towards the limit.</source>
            <translation>
                <numerusform>%n day of the last 180 count towards the limit.</numerusform>
                <numerusform>%n days of the last 180 count towards the limit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="105" />
            <source>Must leave by {0}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/deadlines.py" line="107" />
            <source>Overstayed by %n day(s).</source>
            <translation>
                <numerusform>Overstayed by %n day.</numerusform>
                <numerusform>Overstayed by %n days.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="118" />
            <source>Legal source and rule version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="126" />
            <source>no end date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="127" />
            <source>Rule: {0}
Version: {1}
In force: {2} – {3}

Source:
{4}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="130" />
            <source>How it was checked:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/deadlines.py" line="131" />
            <source>Legal source</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="97" />
            <source>Service directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="100" />
            <source>Every service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="105" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>Regions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="106" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="107" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="114" />
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="115" />
            <source>Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="116" />
            <source>Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="117" />
            <source>The office's details…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="118" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="120" />
            <source>Service:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="176" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="177" />
            <source>Take {0} out of the directory? Referrals already made to it keep its name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentsModel</name>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="88" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="118" />
            <source>Identity documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="119" />
            <source>Add each document they have (passport, ID card, ...). Leave the number empty if they have none with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="126" />
            <source>Open this person's case instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="128" />
            <source>Add another document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="138" />
            <source>Documents to save:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="164" />
            <source>This document number is already recorded for {0} ({1}, {2}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="165" />
            <source>This document number is already recorded, for a person in a case you may not see: ask your supervisor before saving a new person.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/errors.py" line="38" />
            <source>Correct the fields named above, then save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="40" />
            <source>Someone else changed this record after you opened it, so your changes were not saved. Nothing was overwritten.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="42" />
            <source>Reload to see the current version, then enter your changes again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="44" />
            <source>This record is no longer there; it may have been archived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="45" />
            <source>Refresh the list and open the record again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="47" />
            <source>If you need this, ask your supervisor to assign or share the case with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="50" />
            <source>If this keeps happening, tell your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="52" />
            <source>Qamqor could not read or write its database file ({0}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="53" />
            <source>Check that the disk is not full and that no other program holds the file, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="55" />
            <source>Something went wrong inside Qamqor; what you were doing may not have been saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="56" />
            <source>This is a fault in Qamqor, not in what you did. The details are in {0}: please send that file to your administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="70" />
            <source>Qamqor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/errors.py" line="74" />
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/case_list/view.py" line="29" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="30" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="31" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="32" />
            <source>Deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="32" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="33" />
            <source>Due within 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_list/view.py" line="43" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindBox</name>
        <message>
            <location filename="../../desktop/find_box.py" line="55" />
            <source>Find a person: name, IIN or document number (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormPanel</name>
        <message>
            <location filename="../../desktop/case_view/panels.py" line="25" />
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeadcountDialog</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="141" />
            <source>Record an employer's staff figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="150" />
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="151" />
            <source>Staff on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="152" />
            <source>Management posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="153" />
            <location filename="../../desktop/supervisor/quota_view.py" line="155" />
            <source>… held by citizens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="154" />
            <source>Specialist and skilled posts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="160" />
            <source>At least 70 % of management and 90 % of specialist posts must be held by citizens [004:L142].</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="21" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="21" />
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="22" />
            <source>archived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="22" />
            <source>opened (sensitive case)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="23" />
            <source>was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="23" />
            <source>shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="24" />
            <source>printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="24" />
            <source>exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="39" />
            <source>Did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="40" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="40" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/audit_trail.py" line="63" />
            <source>maintenance</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../desktop/labels.py" line="21" />
            <source>Labour migrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="22" />
            <source>Trafficking survivor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="23" />
            <source>Refugee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="24" />
            <source>Asylum seeker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="25" />
            <source>Stateless person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="26" />
            <source>Kandas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="27" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="29" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="30" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="31" />
            <source>Referred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="32" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="34" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="35" />
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="36" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="37" />
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="39" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="40" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="41" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="43" />
            <source>Passport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="44" />
            <source>Identity card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="45" />
            <source>Travel document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="46" />
            <source>Refugee travel document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="47" />
            <source>Stateless person's travel document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="48" />
            <source>Birth certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="50" />
            <source>Visa-free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="51" />
            <source>Visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="52" />
            <source>Residence permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="53" />
            <source>Diplomatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="55" />
            <source>Temporary residence permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="56" />
            <source>Permanent residence permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="57" />
            <source>Work permit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="58" />
            <source>Patent (domestic work)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="59" />
            <source>Refugee certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="60" />
            <source>Asylum-seeker certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="62" />
            <source>1st category (managers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="63" />
            <source>2nd category (heads of units)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="64" />
            <source>3rd category (specialists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="65" />
            <source>4th category (skilled workers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="66" />
            <source>Seasonal work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="67" />
            <source>Intra-corporate transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="69" />
            <source>Employment contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="70" />
            <source>Civil contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="71" />
            <source>Company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="72" />
            <source>Household</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="73" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="74" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="76" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="77" />
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="78" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="80" />
            <source>Aircraft crew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="81" />
            <source>Ship crew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="82" />
            <source>Train crew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="83" />
            <source>International driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="84" />
            <source>Diplomatic courier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="85" />
            <source>Escort officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="86" />
            <source>Official delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="87" />
            <source>Cross-border facility staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="88" />
            <source>Leased territory (Baikonur)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="92" />
            <source>Last day of stay (per entry)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="93" />
            <source>Last day of stay (90 in 180 days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="94" />
            <source>Registration of the place of stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="95" />
            <source>Document expires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="96" />
            <source>Extend refugee status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="97" />
            <source>Refugee certificate to be issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="98" />
            <source>Decision on the asylum claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="99" />
            <source>Latest decision on the asylum claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="100" />
            <source>End of the re-entry ban</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="101" />
            <source>End of job search after a contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="102" />
            <source>May apply for citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="103" />
            <source>Employer's request for the quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="107" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="108" />
            <source>Due soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="109" />
            <source>On track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/labels.py" line="110" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="74" />
            <source>Referral letter {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="87" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="88" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="89" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="93" />
            <source>Language of the letter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="155" />
            <source>Print referral letter {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="165" />
            <source>Save the referral letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/letter_preview.py" line="166" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../desktop/idle_lock.py" line="28" />
            <source>Qamqor is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="32" />
            <source>{0} was away. Enter your password to continue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="35" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/idle_lock.py" line="40" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="26" />
            <source>Qamqor — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="32" />
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="62" />
            <source>&amp;New case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="63" />
            <source>&amp;Find a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="64" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="65" />
            <source>&amp;Print case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="66" />
            <location filename="../../desktop/main_window.py" line="231" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="67" />
            <source>&amp;Close tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="69" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="70" />
            <source>Sign &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="71" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="72" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="74" />
            <source>&amp;About Qamqor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="75" />
            <source>Open a new case (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="79" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="82" />
            <source>Print referral &amp;letters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="87" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="91" />
            <source>Service &amp;directory…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="94" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="99" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="101" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="116" />
            <source>Signed in as {0}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/main_window.py" line="119" />
            <source>%n case(s) in the list</source>
            <translation>
                <numerusform>%n case in the list</numerusform>
                <numerusform>%n cases in the list</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="134" />
            <source>Opening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="143" />
            <source>{0} has no case yet: open one with New case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="164" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="164" />
            <source>You have changes that are not saved ({0}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="211" />
            <source>Undone: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="220" />
            <source>About Qamqor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="221" />
            <source>Qamqor helps caseworkers follow the cases of migrants in Kazakhstan: their stays, documents and deadlines, with the legal source of each deadline.

Everything stays on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/main_window.py" line="231" />
            <source>&amp;Undo {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MatchModel</name>
        <message>
            <location filename="../../desktop/find_box.py" line="42" />
            <source>no case yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../desktop/messages.py" line="27" />
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="29" />
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="31" />
            <source>is too long (at most {0} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="33" />
            <source>is not in the expected form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="35" />
            <source>is not a valid date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="37" />
            <source>must be one of: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="39" />
            <source>must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="41" />
            <source>must be at least {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="43" />
            <source>must be at most {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="45" />
            <source>must not be before the {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="47" />
            <source>is required when the case is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="49" />
            <source>needs the closing date too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="51" />
            <source>is required (only a permanent residence permit has no end date)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="53" />
            <source>applies to work permits only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="55" />
            <source>must be 12 digits with a correct control digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="57" />
            <source>is in the future ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="59" />
            <source>does not match the date of birth ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="61" />
            <source>'{0}' is not a country: choose one from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="63" />
            <source>and the decision date go together: give both or neither</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="68" />
            <source>entry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="69" />
            <source>opening date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="70" />
            <source>first day of validity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="71" />
            <source>start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="72" />
            <source>registration date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="73" />
            <source>decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="74" />
            <source>appeal date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="75" />
            <source>recognition date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="76" />
            <source>expulsion date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/messages.py" line="77" />
            <source>issue date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewCaseWizard</name>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="53" />
            <location filename="../../desktop/wizard/new_case.py" line="96" />
            <source>New case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="85" />
            <source>Saving the new case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/new_case.py" line="97" />
            <source>The person was saved, but not everything else: {0}

Find the person with Find (Ctrl+F) and add the rest there.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="29" />
            <source>Write a note: what happened, what was agreed, what comes next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="31" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="34" />
            <source>Add scanned document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="35" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="38" />
            <source>&lt;b&gt;Notes&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="44" />
            <source>&lt;b&gt;Attachments&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="83" />
            <source>Add a scanned document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="84" />
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/notes.py" line="94" />
            <source>Saving {0}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="74" />
            <source>The office's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="75" />
            <source>Name of the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="76" />
            <source>Name in Kazakh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="77" />
            <source>Name in Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="78" />
            <source>Name in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="79" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="80" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="81" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="82" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="85" />
            <source>These head every referral letter the office prints.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <location filename="../../desktop/operations/edits.py" line="30" />
            <source>Edit person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/operations/edits.py" line="41" />
            <source>Add document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/operations/edits.py" line="84" />
            <source>Edit case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="41" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="41" />
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="43" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="44" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="45" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="46" />
            <source>Regions (comma-separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="47" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="48" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="49" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="50" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="51" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="52" />
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="53" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="54" />
            <source>Source of these details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/directory.py" line="57" />
            <source>Enter only contact details you have checked: a wrong number can put a person at risk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../desktop/person_form.py" line="18" />
            <source>Family name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="19" />
            <source>Given name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="20" />
            <source>Patronymic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="22" />
            <source>(empty: transliterated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="23" />
            <source>Family name in Latin letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="24" />
            <source>Given name in Latin letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="25" />
            <source>Patronymic in Latin letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="27" />
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="28" />
            <source>Year of birth (if the date is unknown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="30" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="31" />
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="32" />
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="34" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="35" />
            <source>e.g. uz, ru</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="36" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="37" />
            <source>Address in Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="38" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="39" />
            <source>(empty: from the address)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="40" />
            <source>Exempt from the 90/180 rule as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="42" />
            <source>(not exempt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="48" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="50" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="51" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="52" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="53" />
            <source>(not assigned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="54" />
            <source>Sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="55" />
            <source>Only the caseworker and supervisors may see this case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="56" />
            <source>Opened on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="58" />
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/person_form.py" line="59" />
            <source>Reason for closing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="50" />
            <source>Who is the person?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="51" />
            <source>Names as written in their passport. Qamqor checks whether they are already recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="58" />
            <location filename="../../desktop/wizard/pages.py" line="99" />
            <source>No one recorded so far looks like this person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="60" />
            <source>Open this person's case instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="63" />
            <source>&lt;b&gt;Possibly the same person&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="92" />
            <source>same document number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="92" />
            <source>similar name, same birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="98" />
            <source>Check these before saving a new person:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/wizard/pages.py" line="100" />
            <source>%n more possible match(es), in cases you may not see: ask your supervisor before saving a new person.</source>
            <translation>
                <numerusform>%n more possible match, in a case you may not see: ask your supervisor before saving a new person.</numerusform>
                <numerusform>%n more possible matches, in cases you may not see: ask your supervisor before saving a new person.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../desktop/preferences.py" line="13" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/preferences.py" line="23" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintLettersDialog</name>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="34" />
            <location filename="../../desktop/trafficking/print_letters.py" line="131" />
            <source>Print referral letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="38" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="39" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="39" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="49" />
            <source>Choose all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="50" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="51" />
            <source>Save as one PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="52" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="55" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="62" />
            <source>Sent and accepted referrals of the cases you can see, newest first. Each letter carries only what the person's consent covers; every letter is written to the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="102" />
            <source>Making the letters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="119" />
            <source>Making {0} referral letter(s)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="139" />
            <source>Save the referral letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/print_letters.py" line="140" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../desktop/printing.py" line="24" />
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="25" />
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="26" />
            <source>IIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="27" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="28" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="29" />
            <source>Opened on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="30" />
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="30" />
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="31" />
            <source>Deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/printing.py" line="53" />
            <source>Print case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaChart</name>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="126" />
            <source>Allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="126" />
            <source>Permits counted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaModel</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Work category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="51" />
            <source>Permits counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Remaining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="52" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="72" />
            <source>Double-click to change the allocation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaPage</name>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="184" />
            <source>Set an allocation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="186" />
            <source>Record staff figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="201" />
            <source>Quota per region: allocated and used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="206" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="210" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="222" />
            <source>Employers to look at</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/quota_view.py" line="262" />
            <source>%n region and category pair(s) at 80 % or more of the allocation</source>
            <translation>
                <numerusform>%n region and category pair at 80 % or more of the allocation</numerusform>
                <numerusform>%n region and category pairs at 80 % or more of the allocation</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="263" />
            <source>No allocation is near its limit.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/supervisor/quota_view.py" line="265" />
            <source>%n work permit(s) of the year could not be counted: employer, region or category not recorded</source>
            <translation>
                <numerusform>%n work permit of the year could not be counted: employer, region or category not recorded</numerusform>
                <numerusform>%n work permits of the year could not be counted: employer, region or category not recorded</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/supervisor/quota_view.py" line="276" />
            <source>No employer over a limit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="26" />
            <source>New: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="33" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="35" />
            <source>Archive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="37" />
            <source>Archived records leave the lists and deadlines but are never deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="76" />
            <source>Archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_editor.py" line="77" />
            <source>Archive this record? It will no longer count for deadlines; it stays in the database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="13" />
            <source>Identity document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="14" />
            <source>Stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="15" />
            <source>Registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="16" />
            <source>Permit or visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="17" />
            <source>Contract</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="18" />
            <source>Asylum claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="19" />
            <source>Refugee status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="20" />
            <source>Expulsion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="80" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="34" />
            <location filename="../../desktop/case_view/record_forms.py" line="49" />
            <location filename="../../desktop/case_view/record_forms.py" line="57" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="35" />
            <location filename="../../desktop/case_view/record_forms.py" line="50" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="36" />
            <source>Issued by (country)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="37" />
            <source>Issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="38" />
            <location filename="../../desktop/case_view/record_forms.py" line="52" />
            <location filename="../../desktop/case_view/record_forms.py" line="69" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="40" />
            <source>Entry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="41" />
            <source>Exit date (empty while in the country)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="42" />
            <source>Basis of stay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="43" />
            <source>Border crossing point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="45" />
            <source>Registered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="46" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="47" />
            <source>Host (who registered them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="51" />
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="53" />
            <source>Issued by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="54" />
            <source>Work category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="55" />
            <location filename="../../desktop/case_view/record_forms.py" line="58" />
            <source>Employer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="59" />
            <source>Start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="60" />
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="62" />
            <source>Claim registered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="63" />
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="64" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="65" />
            <source>Appeal filed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="66" />
            <source>Appeal decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="68" />
            <source>Recognised on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="70" />
            <source>Certificate issued on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="71" />
            <source>Certificate number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="73" />
            <source>Expelled on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="74" />
            <source>Re-entry ban until (empty: the law's default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/record_forms.py" line="75" />
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsPanel</name>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="27" />
            <source>Add {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="30" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/records_panel.py" line="51" />
            <source>Choose a line to see or change it, or add a new one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="207" />
            <source>New referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="207" />
            <source>Change the draft referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="212" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="213" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="214" />
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="215" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="216" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="228" />
            <source>Choose the organisation: the letter will carry only what the person's consent allows to share with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="234" />
            <source>No consent in force allows sharing with this organisation yet: record it before sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="236" />
            <source>The consent in force covers what this referral shares.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="238" />
            <source>Not covered by consent: {0}. Record consent for it, or share less.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreeningDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="95" />
            <source>New screening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="97" />
            <source>Interviewed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="98" />
            <source>Interpreter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="99" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="101" />
            <source>Ask in the person's words; leave a question blank if it was not asked. The indicators support your assessment; they do not make it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="116" />
            <source>Source: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="118" />
            <source>Not asked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="253" />
            <source>Send referral {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="255" />
            <source>Mark as sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="256" />
            <source>Sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="259" />
            <source>The person's consent of {0} allows sharing what this referral carries with {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="262" />
            <source>the referral itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="264" />
            <source>Why it cannot wait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="265" />
            <source>No consent in force covers: {0}. You may send it anyway only in an emergency, saying why; the override is recorded in the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="267" />
            <source>Send without consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="269" />
            <source>No consent in force covers: {0}. Record the person's consent first. Without it only a supervisor, or the assigned caseworker for an emergency referral, may send it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetUpDialog</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="73" />
            <source>Set up Qamqor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="74" />
            <source>Welcome. Create the administrator's account: the administrator creates the accounts of the caseworkers and supervisors. Choose a password of at least {0} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="79" />
            <source>I am also the office's supervisor (I may see every case)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="80" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="81" />
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="82" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="83" />
            <source>Password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="85" />
            <source>Create account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="89" />
            <source>The two passwords are not the same.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="129" />
            <source>The user name or the password is not right.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/sign_in.py" line="130" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../desktop/sign_in.py" line="108" />
            <source>Sign in to Qamqor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="108" />
            <source>Sign in with your user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="111" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="112" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/sign_in.py" line="113" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="193" />
            <source>Current stay in Kazakhstan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="194" />
            <source>When they entered and on what basis; the registration if they have one. Leave the entry date empty if they are not in the country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/wizard/pages.py" line="200" />
            <source>&lt;b&gt;Registration of the place of stay&lt;/b&gt; (if done)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StayPlanner</name>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="18" />
            <source>Stay planner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="23" />
            <source>Planned entry date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="24" />
            <source>How long may they stay?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="29" />
            <source>If they enter on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="41" />
            <source>Enter the day they plan to enter Kazakhstan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="49" />
            <source>No limit on the length of stay applies to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/planner.py" line="51" />
            <source>They may not stay at all if they enter on {0}: the days allowed in the last 180 are used up.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../desktop/case_view/planner.py" line="55" />
            <source>They may stay up to %n day(s), until {0} inclusive.</source>
            <translation>
                <numerusform>They may stay up to %n day, until {0} inclusive.</numerusform>
                <numerusform>They may stay up to %n days, until {0} inclusive.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="283" />
            <source>Progress of referral {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="286" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="287" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="288" />
            <source>Note (the reason, for a rejection or revocation)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <location filename="../../desktop/supervisor/__init__.py" line="22" />
            <source>Supervisor's &amp;dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/freshness.py" line="90" />
            <source>Bringing deadlines up to today…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="12" />
            <source>Overdue or due within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="13" />
            <location filename="../../desktop/supervisor/words.py" line="123" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="14" />
            <location filename="../../desktop/supervisor/words.py" line="124" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="15" />
            <location filename="../../desktop/supervisor/words.py" line="125" />
            <source>Due within 7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="16" />
            <location filename="../../desktop/supervisor/words.py" line="126" />
            <source>Due within 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="17" />
            <source>Every open deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="20" />
            <source>Referral without an answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="26" />
            <source>More than {limit} domestic workers on patents: {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="27" />
            <source>Citizens hold {found} of management posts (at least {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="28" />
            <source>Citizens hold {found} of specialist posts (at least {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="30" />
            <source>Staff figures leave room for {limit} foreign managers; Qamqor knows of {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="32" />
            <source>Staff figures leave room for {limit} foreign specialists; Qamqor knows of {found}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="36" />
            <source>Within the quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="37" />
            <source>80 % used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="38" />
            <source>Used up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="39" />
            <source>Over the quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="40" />
            <source>No allocation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="102" />
            <source>Alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="103" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="104" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="105" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="106" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="107" />
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="108" />
            <source>Citizenship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="109" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="110" />
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="111" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="112" />
            <source>Rule version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="113" />
            <source>Case id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="114" />
            <source>Alerts by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="115" />
            <source>Alerts by deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="116" />
            <source>Alerts by region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="117" />
            <source>Alerts by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="118" />
            <source>Alerts by week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="119" />
            <source>Open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="120" />
            <source>Caseloads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="121" />
            <source>Quota usage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="122" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="127" />
            <source>Week from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="128" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="129" />
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="130" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="131" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="132" />
            <source>Caseworkers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="133" />
            <source>Unassigned cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="134" />
            <source>Fewest open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="135" />
            <source>Median open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="136" />
            <source>Most open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="137" />
            <source>Work category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="138" />
            <source>Allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="139" />
            <source>Used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="140" />
            <source>Remaining</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/words.py" line="141" />
            <source>Share used</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="36" />
            <source>open-ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="37" />
            <source>Case opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="39" />
            <source>Case closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="41" />
            <source>left {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="41" />
            <source>still in the country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="43" />
            <source>Entered {0} ({1}), {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="50" />
            <source>No. {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="57" />
            <source>{0} on {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="58" />
            <source>awaiting decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="61" />
            <source>valid until {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="64" />
            <source>re-entry banned until {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="65" />
            <source>re-entry ban as the law sets it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/case_view/timeline_model.py" line="77" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TraffickingPanel</name>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="65" />
            <source>Screening and assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="71" />
            <source>New screening…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="71" />
            <source>Record assessment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="77" />
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="78" />
            <source>May share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="79" />
            <source>In force</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="81" />
            <source>Record consent…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="81" />
            <source>Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="86" />
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="87" />
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="88" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="89" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>New referral…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>Change draft…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="91" />
            <source>Send…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="92" />
            <source>Record progress…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="92" />
            <source>Letter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="142" />
            <source>&lt;b&gt;Assessment:&lt;/b&gt; {0} ({1}, {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="145" />
            <source>&lt;b&gt;Assessment:&lt;/b&gt; none yet. The caseworker decides; the screening's indicators support the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="152" />
            <source>{0} – {1}: {2} indicator(s) present{3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="157" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="158" />
            <source>withdrawn {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="209" />
            <source>Consent withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/panel.py" line="210" />
            <source>These referrals relied on this consent: {0}. Their letters can no longer be printed. Revoke them (Record progress…) and tell the organisations.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop/unlock.py" line="30" />
            <source>Unlock {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="32" />
            <source>The database {0} is encrypted. Enter its passphrase to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="37" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="39" />
            <source>Remember on this computer (keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="41" />
            <source>Qamqor will open without asking for anyone who can log in to this computer account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="45" />
            <source>There is no working keyring on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="52" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="66" />
            <source>Enter the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/unlock.py" line="72" />
            <source>The passphrase is not right. Check the keyboard layout and Caps Lock, then try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeeksChart</name>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="66" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="66" />
            <source>Due within a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="67" />
            <source>Due later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/supervisor/charts.py" line="71" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="188" />
            <source>Withdraw consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="190" />
            <source>Withdrawn on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="191" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/trafficking/dialogs.py" line="192" />
            <source>From this day on the consent no longer allows sharing: referrals that relied on it cannot print their letters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewDatabaseDialog</name>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create the Qamqor database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Qamqor will keep its cases in {0}. They are about people at risk: protect the file with a passphrase, so that no one can read it without Qamqor, even if this computer is lost or stolen.

Use a few words that only the people of this office know, and keep them somewhere safe: without the passphrase the cases cannot be recovered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Remember on this computer (keyring)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create, protected by this passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>Create without a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The two passphrases are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_start.py" line="1" />
            <source>The passphrase is too short: use at least {0} characters (a few words are best).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>