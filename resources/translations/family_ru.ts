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
            <source>Given by (parent or guardian)</source>
            <translation>Дал(а) (родитель или опекун)</translation>
        </message>
        <message>
            <source>Why it is in the child's best interest</source>
            <translation>Почему это в наилучших интересах ребёнка</translation>
        </message>
        <message>
            <source>The person is a minor and no parent or guardian consented: say why the referral is in the child's best interest.</source>
            <translation>Человек несовершеннолетний, и согласия родителя или опекуна нет: объясните, почему направление отвечает наилучшим интересам ребёнка.</translation>
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
</TS>
