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
</TS>
