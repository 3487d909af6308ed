<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CaseView</name>
        <message>
            <source>Services</source>
            <translation>Услуги</translation>
        </message>
        <message>
            <source>Referred to us, and the services given</source>
            <translation>Кто направил к нам и оказанные услуги</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Referred to us</source>
            <translation>Направлены к нам</translation>
        </message>
    </context>
    <context>
        <name>DeliveredServices</name>
        <message>
            <source>No services recorded in this case (the Services tab).</source>
            <translation>В этом деле услуги не записаны (вкладка «Услуги»).</translation>
        </message>
        <message>
            <source>Services given</source>
            <translation>Оказанные услуги</translation>
        </message>
    </context>
    <context>
        <name>ReferredPage</name>
        <message>
            <source>Everyone ({0})</source>
            <translation>Все ({0})</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Не записано</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>Только открытые дела</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Человек</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кто направил</translation>
        </message>
        <message>
            <source>Referred from</source>
            <translation>Направлены с</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Дата направления</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n дело</numerusform>
                <numerusform>%n дела</numerusform>
                <numerusform>%n дел</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesPanel</name>
        <message>
            <source>A government body</source>
            <translation>Государственный орган</translation>
        </message>
        <message>
            <source>A service planned and not given by its day is shown among the alerts.</source>
            <translation>Запланированная услуга, не оказанная к сроку, попадает в предупреждения.</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>Добавление услуги</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>Добавить услугу…</translation>
        </message>
        <message>
            <source>An embassy or consulate</source>
            <translation>Посольство или консульство</translation>
        </message>
        <message>
            <source>Another NGO</source>
            <translation>Другая НПО</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>В архив</translation>
        </message>
        <message>
            <source>Archive service</source>
            <translation>Услуга в архив</translation>
        </message>
        <message>
            <source>Archive the service chosen (recorded by mistake): it is no longer listed, and stays in the database</source>
            <translation>Убрать выбранную услугу в архив (записана по ошибке): она исчезнет из списка и останется в базе</translation>
        </message>
        <message>
            <source>Archive "{0}"? It is no longer listed (Edit &gt; Undo brings it back).</source>
            <translation>Убрать «{0}» в архив? Услуга исчезнет из списка (Правка &gt; Отменить вернёт её).</translation>
        </message>
        <message>
            <source>Came by themselves</source>
            <translation>Обратился сам</translation>
        </message>
        <message>
            <source>Change service</source>
            <translation>Изменение услуги</translation>
        </message>
        <message>
            <source>Change the service</source>
            <translation>Изменить услугу</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Declined by the person</source>
            <translation>Человек отказался</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Оказана</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Кто оказывает</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Дата оказания</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Телефон доверия</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>МОМ</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Новая услуга</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Недоступна</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Or, not in the directory</source>
            <translation>Или, если нет в справочнике</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Our office</source>
            <translation>Наш офис</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Запланирована на</translation>
        </message>
        <message>
            <source>Planned for {0} and not recorded as given</source>
            <translation>Запланирована на {0}, но не отмечена как оказанная</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Полиция</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кто направил</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Дата направления</translation>
        </message>
        <message>
            <source>Referred to us</source>
            <translation>Кто направил к нам</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
        <message>
            <source>Services given</source>
            <translation>Оказанные услуги</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>Оказывается</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>e.g. a hotline, a lawyer, a relative</source>
            <translation>например, телефон доверия, адвокат, родственник</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <source>Planned service not given</source>
            <translation>Запланированная услуга не оказана</translation>
        </message>
        <message>
            <source>{0}, planned for {1}, is not recorded as given: record it in the case's Services tab, or say why it was not given.</source>
            <translation>{0}, запланированная на {1}, не отмечена как оказанная: отметьте её на вкладке «Услуги» дела или укажите, почему она не оказана.</translation>
        </message>
    </context>
</TS>
