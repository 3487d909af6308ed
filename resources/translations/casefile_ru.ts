<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CaseForm</name>
        <message>
            <source>(someone no longer in the list)</source>
            <translation>(сотрудник, которого больше нет в списке)</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>This is not a date. Write it as {0} or 31122024.</source>
            <translation>Это не дата. Напишите её так: {0} или 31122024.</translation>
        </message>
    </context>
    <context>
        <name>StayPlanner</name>
        <message numerus="yes">
            <source>The limit that binds: %n day(s) per entry.</source>
            <translation>
                <numerusform>Ограничение, которое действует: %n день за один въезд.</numerusform>
                <numerusform>Ограничение, которое действует: %n дня за один въезд.</numerusform>
                <numerusform>Ограничение, которое действует: %n дней за один въезд.</numerusform>
            </translation>
        </message>
        <message>
            <source>The limit that binds: 90 days per entry, because they register their place of stay within 30 days of entering (without registration: 30 days). Tell them to register in time.</source>
            <translation>Ограничение, которое действует: 90 дней за один въезд, если человек зарегистрирует место пребывания в течение 30 дней после въезда (без регистрации — 30 дней). Напомните ему зарегистрироваться вовремя.</translation>
        </message>
        <message>
            <source>The limit that binds: at most 90 days in any 180-day period.</source>
            <translation>Ограничение, которое действует: не более 90 дней в любые 180 дней.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Visa expires</source>
            <translation>Истекает виза</translation>
        </message>
        <message>
            <source>Temporary residence permit expires</source>
            <translation>Истекает разрешение на временное проживание</translation>
        </message>
        <message>
            <source>Permanent residence permit expires</source>
            <translation>Истекает разрешение на постоянное проживание</translation>
        </message>
        <message>
            <source>Work permit expires</source>
            <translation>Истекает разрешение на работу</translation>
        </message>
        <message>
            <source>Patent expires</source>
            <translation>Истекает патент</translation>
        </message>
        <message>
            <source>Refugee certificate expires</source>
            <translation>Истекает удостоверение беженца</translation>
        </message>
        <message>
            <source>Asylum-seeker certificate expires</source>
            <translation>Истекает свидетельство лица, ищущего убежище</translation>
        </message>
    </context>
    <context>
        <name>Sources</name>
        <message>
            <source>The sources give no date from which the rule applies: Qamqor applies it to every date.</source>
            <translation>В источниках не указано, с какой даты действует правило: Qamqor применяет его ко всем датам.</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message>
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <source>How well it is verified:</source>
            <translation>Насколько это проверено:</translation>
        </message>
        <message>
            <source>Rule: {0}
In force: {1} – {2}

Source:
{3}</source>
            <translation>Правило: {0}
Действует: {1} – {2}

Источник:
{3}</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>Case number</source>
            <translation>Номер дела</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>Открыто</translation>
        </message>
        <message>
            <source>No deadline</source>
            <translation>Нет сроков</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>overlaps the stay from {0} to {1}</source>
            <translation>пересекается с пребыванием с {0} по {1}</translation>
        </message>
        <message>
            <source>overlaps the stay from {0}, which has no exit: record its exit first</source>
            <translation>пересекается с пребыванием с {0}, у которого нет даты выезда: сначала укажите выезд</translation>
        </message>
        <message>
            <source>is after the exit on {0}: the person was not in Kazakhstan that day</source>
            <translation>позже выезда {0}: в этот день человека не было в Казахстане</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Planned trip</source>
            <translation>Планируемая поездка</translation>
        </message>
        <message>
            <source>Planned trip: entering {0} ({1})</source>
            <translation>Планируемая поездка: въезд {0} ({1})</translation>
        </message>
        <message>
            <source>leaving {0}</source>
            <translation>выезд {0}</translation>
        </message>
        <message>
            <source>leaving {0} (planned)</source>
            <translation>выезд {0} (планируется)</translation>
        </message>
    </context>
</TS>
