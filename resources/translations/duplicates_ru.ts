<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Persons</source>
            <translation>&amp;Люди</translation>
        </message>
        <message>
            <source>Likely &amp;duplicates…</source>
            <translation>Возможные &amp;дубликаты…</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>The same IIN</source>
            <translation>Один и тот же ИИН</translation>
        </message>
        <message>
            <source>The same document number</source>
            <translation>Один и тот же номер документа</translation>
        </message>
        <message>
            <source>The same name and date of birth</source>
            <translation>Те же имя и дата рождения</translation>
        </message>
        <message>
            <source>The same name and year of birth</source>
            <translation>Те же имя и год рождения</translation>
        </message>
    </context>
    <context>
        <name>LikelyDuplicates</name>
        <message>
            <source>Likely duplicates — Qamqor</source>
            <translation>Возможные дубликаты — Qamqor</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Keep the first record</source>
            <translation>Оставить первую запись</translation>
        </message>
        <message>
            <source>Keep the second record</source>
            <translation>Оставить вторую запись</translation>
        </message>
        <message>
            <source>Merge into the kept record</source>
            <translation>Объединить в оставляемую запись</translation>
        </message>
        <message>
            <source>Not the same person</source>
            <translation>Это разные люди</translation>
        </message>
        <message>
            <source>Undo the merge</source>
            <translation>Отменить объединение</translation>
        </message>
        <message>
            <source>Where the records differ, choose the value to keep. Everything recorded on the other record (documents, stays, registrations, permits, contracts, cases with their notes, screenings and referrals) moves to the kept one; the other record is archived.</source>
            <translation>Где записи расходятся, выберите, какое значение оставить. Всё, что записано во второй записи (документы, пребывания, регистрации, разрешения, договоры, дела с их заметками, опросами и направлениями), переносится в оставляемую; другая запись отправляется в архив.</translation>
        </message>
        <message>
            <source>Looking for likely duplicates across the office…</source>
            <translation>Поиск возможных дубликатов по всему офису…</translation>
        </message>
        <message>
            <source>Looking for likely duplicates…</source>
            <translation>Поиск возможных дубликатов…</translation>
        </message>
        <message numerus="yes">
            <source>%n likely pair(s): the same person recorded twice, or two people?</source>
            <translation>
                <numerusform>%n возможная пара: один человек, записанный дважды, или два разных?</numerusform>
                <numerusform>%n возможные пары: один человек, записанный дважды, или два разных?</numerusform>
                <numerusform>%n возможных пар: один человек, записанный дважды, или два разных?</numerusform>
            </translation>
        </message>
        <message>
            <source>No likely duplicates were found.</source>
            <translation>Возможных дубликатов не найдено.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>First record</source>
            <translation>Первая запись</translation>
        </message>
        <message>
            <source>Second record</source>
            <translation>Вторая запись</translation>
        </message>
        <message>
            <source>Value to keep</source>
            <translation>Оставить значение</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Открытые дела</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Первой</translation>
        </message>
        <message>
            <source>Second</source>
            <translation>Второй</translation>
        </message>
        <message numerus="yes">
            <source>Merged into {0}: %n record(s) moved.</source>
            <translation>
                <numerusform>Объединено в запись {0}: перенесена %n запись.</numerusform>
                <numerusform>Объединено в запись {0}: перенесены %n записи.</numerusform>
                <numerusform>Объединено в запись {0}: перенесено %n записей.</numerusform>
            </translation>
        </message>
        <message>
            <source>The merge was undone: both records are as they were.</source>
            <translation>Объединение отменено: обе записи такие, как были.</translation>
        </message>
        <message>
            <source>Marked as two people: the pair will not be shown again.</source>
            <translation>Отмечено как два разных человека: эта пара больше не будет показана.</translation>
        </message>
    </context>
</TS>
