<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AddRelativeDialog</name>
        <message>
            <source>Add a relative of {0}</source>
            <translation>Добавить родственника: {0}</translation>
        </message>
        <message>
            <source>Find the relative: name, IIN or document number</source>
            <translation>Найдите родственника: имя, ИИН или номер документа</translation>
        </message>
        <message>
            <source>No one chosen yet.</source>
            <translation>Пока никто не выбран.</translation>
        </message>
        <message>
            <source>Relative:</source>
            <translation>Родственник:</translation>
        </message>
        <message>
            <source>Who they are to {0}:</source>
            <translation>Кем приходится ({0}):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>Find the relative first and choose them in the list.</source>
            <translation>Сначала найдите родственника и выберите его в списке.</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>Parent</source>
            <translation>Родитель</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Ребёнок</translation>
        </message>
        <message>
            <source>Spouse</source>
            <translation>Супруг(а)</translation>
        </message>
        <message>
            <source>Brother or sister</source>
            <translation>Брат или сестра</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Опекун</translation>
        </message>
        <message>
            <source>Under guardianship</source>
            <translation>Под опекой</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Другой родственник</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Зарегистрировано</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Не зарегистрировано</translation>
        </message>
        <message>
            <source>Link relative</source>
            <translation>Связь с родственником</translation>
        </message>
        <message>
            <source>Remove family link</source>
            <translation>Удаление родственной связи</translation>
        </message>
        <message>
            <source>Record birth registration</source>
            <translation>Регистрация рождения</translation>
        </message>
        <message>
            <source>{0} · minor</source>
            <translation>{0} · несовершеннолетний</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Несовершеннолетний</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Родство</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Родился</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Has a case</source>
            <translation>Есть дело</translation>
        </message>
        <message>
            <source>birth not registered</source>
            <translation>рождение не зарегистрировано</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Нет дела</translation>
        </message>
    </context>
    <context>
        <name>FamilyPanel</name>
        <message>
            <source>Family</source>
            <translation>Семья</translation>
        </message>
        <message>
            <source>Birth registered:</source>
            <translation>Рождение зарегистрировано:</translation>
        </message>
        <message>
            <source>Add relative…</source>
            <translation>Добавить родственника…</translation>
        </message>
        <message>
            <source>Open their case</source>
            <translation>Открыть его дело</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Удалить связь</translation>
        </message>
        <message>
            <source>Minor: under 18 today.</source>
            <translation>Несовершеннолетний: на сегодня нет 18 лет.</translation>
        </message>
        <message numerus="yes">
            <source>%n relative(s) recorded.</source>
            <translation>
                <numerusform>Записан %n родственник.</numerusform>
                <numerusform>Записано %n родственника.</numerusform>
                <numerusform>Записано %n родственников.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Register the child's birth</source>
            <translation>Зарегистрировать рождение ребёнка</translation>
        </message>
    </context>
    <context>
        <name>ServiceActions</name>
        <message>
            <source>link family members</source>
            <translation>связывать членов семьи</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message>
            <source>a person cannot be linked to themselves</source>
            <translation>человека нельзя связать с самим собой</translation>
        </message>
        <message>
            <source>these two persons are already linked: change that link instead</source>
            <translation>эти два человека уже связаны: измените ту связь</translation>
        </message>
        <message>
            <source>These two persons were already linked at the office (on another computer): this second link of them was not added.</source>
            <translation>Эти два человека уже были связаны в офисе (на другом компьютере): вторая связь между ними не добавлена.</translation>
        </message>
        <message>
            <source>is not linked to the person as a parent or guardian (link them in the family panel first)</source>
            <translation>не связан с человеком как родитель или опекун (сначала свяжите их в разделе «Семья»)</translation>
        </message>
        <message>
            <source>say in a sentence why the referral is in the child's best interest</source>
            <translation>объясните одним предложением, почему направление отвечает наилучшим интересам ребёнка</translation>
        </message>
        <message>
            <source>{name} is a minor: a referral is sent with the consent of a parent or guardian linked to the child in the family panel, or with a recorded reason why it is in the child's best interest.</source>
            <translation>{name} — несовершеннолетний: направление отправляется с согласия родителя или опекуна, связанного с ребёнком в разделе «Семья», или с записанной причиной, почему оно отвечает наилучшим интересам ребёнка.</translation>
        </message>
    </context>
</TS>
