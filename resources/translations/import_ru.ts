<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CheckPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="254" />
            <source>Dry run</source>
            <translation>Пробная проверка</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="255" />
            <source>Every row checked as if it were typed in. Nothing has been written yet.</source>
            <translation>Каждая строка проверена так, как если бы её ввели вручную. Пока ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="259" />
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="260" />
            <source>Problem</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="261" />
            <source>Save the report (.xlsx)…</source>
            <translation>Сохранить отчёт (.xlsx)…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="271" />
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="275" />
            <source>Checking every row…</source>
            <translation>Проверка каждой строки…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="279" />
            <source>{0} rows: {1} can be imported, {2} have problems; {3} may be people already recorded.</source>
            <translation>Строк: {0}; можно импортировать: {1}, с ошибками: {2}; возможно, уже записаны: {3}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="285" />
            <source>The first {0} problems are shown; the report lists all {1}.</source>
            <translation>Показаны первые {0} ошибок; в отчёте все {1}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="297" />
            <source>Save the report</source>
            <translation>Сохранить отчёт</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="313" />
            <source>Already recorded?</source>
            <translation>Уже записаны?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="314" />
            <source>These rows may be people Qamqor already knows, or repeat an earlier row. They are skipped unless you choose otherwise.</source>
            <translation>Эти строки, возможно, описывают людей, уже записанных в Qamqor, или повторяют строку выше. Они будут пропущены, если вы не решите иначе.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>In the file</source>
            <translation>В файле</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="316" />
            <source>May be</source>
            <translation>Возможно, это</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="317" />
            <source>Why</source>
            <translation>Почему</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="317" />
            <source>What to do</source>
            <translation>Что сделать</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="318" />
            <location filename="../../desktop/importer/wizard.py" line="337" />
            <source>No row looks like a person already recorded.</source>
            <translation>Ни одна строка не похожа на уже записанного человека.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="319" />
            <source>Skip them all</source>
            <translation>Пропустить все</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="320" />
            <source>Create them all anyway</source>
            <translation>Всё равно создать всех</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="349" />
            <source>Skip this row</source>
            <translation>Пропустить строку</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="350" />
            <source>Add to the person recorded</source>
            <translation>Добавить к записанному человеку</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="351" />
            <source>Add to the person of that row</source>
            <translation>Добавить к человеку из той строки</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="352" />
            <source>Create a new person anyway</source>
            <translation>Всё равно создать нового человека</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="64" />
            <source>Which file?</source>
            <translation>Какой файл?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="65" />
            <source>An Excel workbook (.xlsx) or a CSV file. Qamqor finds the header row, the encoding and the separator itself, and shows what it found.</source>
            <translation>Книга Excel (.xlsx) или файл CSV. Qamqor сам находит строку заголовков, кодировку и разделитель и показывает, что нашёл.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="69" />
            <source>The file to import</source>
            <translation>Файл для импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="70" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="71" />
            <source>Read</source>
            <translation>Прочитать</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="73" />
            <source>Save an empty template…</source>
            <translation>Сохранить пустой шаблон…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="79" />
            <source>Day before month: 05.03.2024 is 5 March 2024</source>
            <translation>Сначала день: 05.03.2024 — это 5 марта 2024</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="80" />
            <source>Month before day: 03/05/2024 is 5 March 2024</source>
            <translation>Сначала месяц: 03/05/2024 — это 5 марта 2024</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="88" />
            <source>Dates such as 05/03/2024 are read as:</source>
            <translation>Даты вида 05/03/2024 читаются так:</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="98" />
            <source>Import from spreadsheet</source>
            <translation>Импорт из таблицы</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="99" />
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv *.txt)</source>
            <translation>Таблицы (*.xlsx *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="109" />
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="117" />
            <source>Reading the file…</source>
            <translation>Чтение файла…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>semicolon (;)</source>
            <translation>точка с запятой (;)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>comma (,)</source>
            <translation>запятая (,)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="125" />
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="127" />
            <source>{0}: {1}, separated by {2}.</source>
            <translation>{0}: {1}, разделитель — {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="129" />
            <source>{0}: sheet “{1}”.</source>
            <translation>{0}: лист «{1}».</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="130" />
            <source>Headers on row {0}; {1} rows below them.</source>
            <translation>Заголовки в строке {0}; ниже строк: {1}.</translation>
        </message>
    </context>
    <context>
        <name>ImportHistory</name>
        <message>
            <location filename="../../desktop/importer/history.py" line="19" />
            <source>Import history</source>
            <translation>История импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>Started</source>
            <translation>Начат</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="20" />
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Persons</source>
            <translation>Люди</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="21" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="22" />
            <source>Resume at row</source>
            <translation>Продолжить со строки</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="25" />
            <source>Undo the chosen import…</source>
            <translation>Отменить выбранный импорт…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="28" />
            <source>Undoing an import archives every person, document, case, stay and note it created (nothing is deleted). Only a supervisor may undo an import.</source>
            <translation>Отмена импорта переносит в архив всех людей, документы, дела, пребывания и примечания, которые он создал (ничего не удаляется). Отменить импорт может только руководитель.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>running</source>
            <translation>идёт</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>complete</source>
            <translation>завершён</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="48" />
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="49" />
            <source>stopped by an error</source>
            <translation>остановлен ошибкой</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="49" />
            <source>undone</source>
            <translation>отменён целиком</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="73" />
            <source>Undo import</source>
            <translation>Отмена импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/history.py" line="74" />
            <source>Archive everything the import of {0} created?</source>
            <translation>Перенести в архив всё, что создал импорт файла {0}?</translation>
        </message>
    </context>
    <context>
        <name>ImportMessages</name>
        <message>
            <location filename="../../desktop/importer/words.py" line="17" />
            <source>is not a date (write it as {0} or 2024-03-05)</source>
            <translation>не дата (пишите так: {0} или 2024-03-05)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="19" />
            <source>is not a date: there is no such day (read as day.month.year)</source>
            <translation>не дата: такого дня нет (прочитано как день.месяц.год)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="21" />
            <source>is not a date: there is no such day (read as month/day/year)</source>
            <translation>не дата: такого дня нет (прочитано как месяц/день/год)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="22" />
            <source>is not a date</source>
            <translation>не дата</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="24" />
            <source>'{0}' is not a country Qamqor knows (write its name in English, Russian or Kazakh, or its ISO code such as UZB)</source>
            <translation>«{0}» — неизвестная Qamqor страна (напишите название по-русски, по-казахски или по-английски или код ISO, например UZB)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="27" />
            <source>is not a value Qamqor knows (one of: {0}, in English, Russian or Kazakh)</source>
            <translation>неизвестное Qamqor значение (одно из: {0}, по-русски, по-казахски или по-английски)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="30" />
            <source>needs at least a family name and a given name</source>
            <translation>нужны хотя бы фамилия и имя</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="32" />
            <source>is required when the row gives an exit date, basis or border crossing</source>
            <translation>обязательна, если в строке есть дата выезда, основание или пункт пропуска</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="34" />
            <source>is required to keep the row's note (a note belongs to a case)</source>
            <translation>обязательна, чтобы сохранить примечание строки (примечание относится к делу)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="36" />
            <source>no column is mapped to the family name (or full name)</source>
            <translation>ни один столбец не сопоставлен с фамилией (или ФИО)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="37" />
            <source>same IIN</source>
            <translation>тот же ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="38" />
            <source>same document number</source>
            <translation>тот же номер документа</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="39" />
            <source>same name and date of birth</source>
            <translation>те же имя и дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="40" />
            <source>row {0}</source>
            <translation>строка {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="42" />
            <source>a person recorded in a case you may not see</source>
            <translation>человек из дела, которое вам не доступно</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="43" />
            <source>{0}, born {1}</source>
            <translation>{0}, дата рождения {1}</translation>
        </message>
        <message>
            <source>is after today: a list records entries that happened (enter a planned trip in the case)</source>
            <translation>позже сегодняшнего дня: в списке записываются состоявшиеся въезды (запланированную поездку внесите в деле)</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="375" />
            <location filename="../../desktop/importer/wizard.py" line="380" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="376" />
            <source>Rows are written in batches. Cancel stops after the batch being written; everything before it stays imported.</source>
            <translation>Строки записываются частями. Отмена останавливает импорт после текущей части; всё записанное до неё остаётся.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="382" />
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="389" />
            <source>Undo this import</source>
            <translation>Отменить этот импорт целиком</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="413" />
            <source>{0} rows will be imported; {1} skipped as likely duplicates and {2} with problems are left out.</source>
            <translation>Будет импортировано строк: {0}; пропущено как возможные дубликаты: {1}; не войдут из-за ошибок: {2}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="447" />
            <source>Imported: {0} new persons, {1} added to persons already recorded; {2} cases, {3} stays, {4} documents. {5} rows skipped.</source>
            <translation>Импортировано: новых людей — {0}, добавлено к уже записанным — {1}; дел — {2}, пребываний — {3}, документов — {4}. Пропущено строк: {5}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="452" />
            <source>{0} stays were left out: they overlap stays already recorded for the same person.</source>
            <translation>Пребываний не добавлено: {0} — они пересекаются с уже записанными пребываниями этого человека.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="455" />
            <source>Cancelled: the rows from row {0} on were not imported.</source>
            <translation>Отменено: строки начиная со строки {0} не импортированы.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="457" />
            <source>Stopped by an error at row {0} ({1}): everything before it is imported; import the file again from row {0}.</source>
            <translation>Остановлено ошибкой в строке {0} ({1}): всё до неё импортировано; импортируйте файл снова начиная со строки {0}.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="475" />
            <source>The import was undone: {0} records archived.</source>
            <translation>Импорт отменён: записей перенесено в архив — {0}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="487" />
            <source>Import from spreadsheet</source>
            <translation>Импорт из таблицы</translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="21" />
            <source>&amp;Import from spreadsheet…</source>
            <translation>&amp;Импорт из таблицы…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="23" />
            <source>Import &amp;template…</source>
            <translation>&amp;Шаблон для импорта…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="25" />
            <source>Import &amp;history…</source>
            <translation>История &amp;импорта…</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/__init__.py" line="57" />
            <source>Save the import template</source>
            <translation>Сохранить шаблон для импорта</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="73" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/words.py" line="74" />
            <source>The file could not be saved: {0}</source>
            <translation>Не удалось сохранить файл: {0}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="153" />
            <source>Which column is which?</source>
            <translation>Какой столбец что означает?</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="154" />
            <source>Qamqor guessed from the headers. Change what it got wrong; columns left at “Not imported” are listed below.</source>
            <translation>Qamqor определил это по заголовкам. Исправьте, где он ошибся; столбцы «Не импортировать» перечислены ниже.</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Column</source>
            <translation>Столбец</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Examples</source>
            <translation>Примеры</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="156" />
            <source>Qamqor field</source>
            <translation>Поле Qamqor</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="161" />
            <source>Name, e.g. Almaty monthly list</source>
            <translation>Название, например «Ежемесячный список Алматы»</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="162" />
            <source>Save mapping</source>
            <translation>Сохранить сопоставление</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="164" />
            <source>Put the columns not imported into the case's note</source>
            <translation>Записать неимпортируемые столбцы в примечание к делу</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="170" />
            <source>Saved mappings:</source>
            <translation>Сохранённые сопоставления:</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="191" />
            <source>(guessed from the headers)</source>
            <translation>(по заголовкам)</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="215" />
            <source>Not imported</source>
            <translation>Не импортировать</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="231" />
            <source>Not imported: {0}</source>
            <translation>Не импортируются: {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/importer/wizard.py" line="232" />
            <source>Every column is imported.</source>
            <translation>Импортируются все столбцы.</translation>
        </message>
    </context>
</TS>
