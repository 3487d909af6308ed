<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Labels</name>
        <message>
            <source>Identity document expires</source>
            <translation>Истекает документ, удостоверяющий личность</translation>
        </message>
        <message>
            <source>Passport expires</source>
            <translation>Истекает паспорт</translation>
        </message>
        <message>
            <source>ID card expires</source>
            <translation>Истекает удостоверение личности</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPanel</name>
        <message numerus="yes">
            <source>Must leave by {0}: %n day(s) per entry apply until a temporary residence permit is recorded.</source>
            <translation>
                <numerusform>Должен выехать не позднее {0}: пока не записано разрешение на временное проживание, действует срок %n день за один въезд.</numerusform>
                <numerusform>Должен выехать не позднее {0}: пока не записано разрешение на временное проживание, действует срок %n дня за один въезд.</numerusform>
                <numerusform>Должен выехать не позднее {0}: пока не записано разрешение на временное проживание, действует срок %n дней за один въезд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Must leave by {0}, when the residence permit ends.</source>
            <translation>Должен выехать не позднее {0}, когда заканчивается разрешение на проживание.</translation>
        </message>
        <message>
            <source>Must leave by {0}, when the visa or permit the stay is based on ends.</source>
            <translation>Должен выехать не позднее {0}, когда заканчивается виза или разрешение, на основании которых он находится в стране.</translation>
        </message>
    </context>
    <context>
        <name>StayPage</name>
        <message>
            <source>Planned trip?</source>
            <translation>Запланированная поездка?</translation>
        </message>
        <message>
            <source>The entry date, {0}, is after today.

Is this a trip the person plans? If so, it is saved as a planned trip, and no deadline counts until they enter. If not, correct the entry date.</source>
            <translation>Дата въезда, {0}, позже сегодняшнего дня.

Это запланированная поездка? Если да, она будет сохранена как запланированная поездка, и сроки не начнут считаться, пока человек не въедет. Если нет, исправьте дату въезда.</translation>
        </message>
        <message>
            <source>is after today ({0}): enter the day the person entered Kazakhstan</source>
            <translation>позже сегодняшнего дня ({0}): укажите день, когда человек въехал в Казахстан</translation>
        </message>
    </context>
</TS>
