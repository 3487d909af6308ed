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
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Archive note</source>
            <translation>В архив</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <source>Archive the attachment chosen: it is no longer listed, and stays in the database</source>
            <translation>Убрать выбранное вложение в архив: оно больше не показывается, но остаётся в базе</translation>
        </message>
        <message>
            <source>someone no longer in the list</source>
            <translation>сотрудник, которого больше нет в списке</translation>
        </message>
        <message>
            <source>Archive this note? It is no longer shown; the database and the case history keep it.</source>
            <translation>Убрать заметку в архив? Она больше не будет показываться; база и история дела её сохранят.</translation>
        </message>
        <message>
            <source>Archive this attachment? It is no longer listed; the database keeps it.</source>
            <translation>Убрать вложение в архив? Оно больше не будет в списке; база его сохранит.</translation>
        </message>
        <message>
            <source>Add a scanned document</source>
            <translation>Добавить скан документа</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>e.g. Passport, pages 2 and 3</source>
            <translation>например: паспорт, страницы 2 и 3</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Тип</translation>
        </message>
    </context>
    <context>
        <name>AttachmentKind</name>
        <message>
            <source>Passport or identity document</source>
            <translation>Паспорт или удостоверение личности</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Виза</translation>
        </message>
        <message>
            <source>Permit or certificate</source>
            <translation>Разрешение или удостоверение</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Регистрация</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Письмо</translation>
        </message>
        <message>
            <source>Medical document</source>
            <translation>Медицинский документ</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Фотография</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Другой документ</translation>
        </message>
    </context>
</TS>
