<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>AddRelativeDialog</name>
        <message>
            <source>Add a relative of {0}</source>
            <translation>Туысын қосу: {0}</translation>
        </message>
        <message>
            <source>Find the relative: name, IIN or document number</source>
            <translation>Туысын табыңыз: аты, ЖСН немесе құжат нөмірі</translation>
        </message>
        <message>
            <source>No one chosen yet.</source>
            <translation>Әзірге ешкім таңдалмаған.</translation>
        </message>
        <message>
            <source>Relative:</source>
            <translation>Туысы:</translation>
        </message>
        <message>
            <source>Who they are to {0}:</source>
            <translation>Кім болып келеді ({0}):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Ескертпе:</translation>
        </message>
        <message>
            <source>Find the relative first and choose them in the list.</source>
            <translation>Алдымен туысын тауып, тізімнен таңдаңыз.</translation>
        </message>
    </context>
    <context>
        <name>Family</name>
        <message>
            <source>Parent</source>
            <translation>Ата-анасы</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Бала</translation>
        </message>
        <message>
            <source>Spouse</source>
            <translation>Жұбайы</translation>
        </message>
        <message>
            <source>Brother or sister</source>
            <translation>Бауыры немесе әпкесі</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Қамқоршы</translation>
        </message>
        <message>
            <source>Under guardianship</source>
            <translation>Қамқорлықта</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Басқа туысы</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Тіркелген</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Тіркелмеген</translation>
        </message>
        <message>
            <source>Link relative</source>
            <translation>Туысымен байланыс</translation>
        </message>
        <message>
            <source>Remove family link</source>
            <translation>Туыстық байланысты өшіру</translation>
        </message>
        <message>
            <source>Record birth registration</source>
            <translation>Туылуды тіркеу</translation>
        </message>
        <message>
            <source>{0} · minor</source>
            <translation>{0} · кәмелетке толмаған</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>Кәмелетке толмаған</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Аты-жөні</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Туыстығы</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Туған</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Іс</translation>
        </message>
        <message>
            <source>Given by (parent or guardian)</source>
            <translation>Берген (ата-анасы немесе қамқоршысы)</translation>
        </message>
        <message>
            <source>Why it is in the child's best interest</source>
            <translation>Неліктен бұл баланың мүддесіне сай</translation>
        </message>
        <message>
            <source>The person is a minor and no parent or guardian consented: say why the referral is in the child's best interest.</source>
            <translation>Адам кәмелетке толмаған және ата-анасының не қамқоршысының келісімі жоқ: жолдаманың неліктен баланың мүддесіне сай екенін түсіндіріңіз.</translation>
        </message>
        <message>
            <source>Has a case</source>
            <translation>Ісі бар</translation>
        </message>
        <message>
            <source>birth not registered</source>
            <translation>туылуы тіркелмеген</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>Іс жоқ</translation>
        </message>
    </context>
    <context>
        <name>FamilyPanel</name>
        <message>
            <source>Family</source>
            <translation>Отбасы</translation>
        </message>
        <message>
            <source>Birth registered:</source>
            <translation>Туылуы тіркелген бе:</translation>
        </message>
        <message>
            <source>Add relative…</source>
            <translation>Туысын қосу…</translation>
        </message>
        <message>
            <source>Open their case</source>
            <translation>Оның ісін ашу</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Байланысты өшіру</translation>
        </message>
        <message>
            <source>Minor: under 18 today.</source>
            <translation>Кәмелетке толмаған: бүгін 18 жасқа толмаған.</translation>
        </message>
        <message numerus="yes">
            <source>%n relative(s) recorded.</source>
            <translation>
                <numerusform>%n туысы жазылған.</numerusform>
                <numerusform>%n туысы жазылған.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Register the child's birth</source>
            <translation>Баланың туылуын тіркеу</translation>
        </message>
    </context>
</TS>
