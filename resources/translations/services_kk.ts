<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
    <context>
        <name>CaseView</name>
        <message>
            <source>Services</source>
            <translation>Қызметтер</translation>
        </message>
        <message>
            <source>Referred to us, and the services given</source>
            <translation>Бізге кім жіберді және көрсетілген қызметтер</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Referred to us</source>
            <translation>Бізге жіберілгендер</translation>
        </message>
    </context>
    <context>
        <name>DeliveredServices</name>
        <message>
            <source>No services recorded in this case (the Services tab).</source>
            <translation>Бұл іске қызметтер жазылмаған («Қызметтер» қойындысы).</translation>
        </message>
        <message>
            <source>Services given</source>
            <translation>Көрсетілген қызметтер</translation>
        </message>
    </context>
    <context>
        <name>ReferredPage</name>
        <message>
            <source>Everyone ({0})</source>
            <translation>Барлығы ({0})</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Қалай</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Жазылмаған</translation>
        </message>
        <message>
            <source>Open cases only</source>
            <translation>Тек ашық істер</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Адам</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кім жіберді</translation>
        </message>
        <message>
            <source>Referred from</source>
            <translation>Жіберілген күні:</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Жіберілген күні</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>to</source>
            <translation>—</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n іс</numerusform>
                <numerusform>%n іс</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServicesPanel</name>
        <message>
            <source>A government body</source>
            <translation>Мемлекеттік орган</translation>
        </message>
        <message>
            <source>A service planned and not given by its day is shown among the alerts.</source>
            <translation>Мерзімінде көрсетілмеген жоспарлы қызмет ескертулерде көрсетіледі.</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>Қызмет қосу</translation>
        </message>
        <message>
            <source>Add service…</source>
            <translation>Қызмет қосу…</translation>
        </message>
        <message>
            <source>An embassy or consulate</source>
            <translation>Елшілік немесе консулдық</translation>
        </message>
        <message>
            <source>Another NGO</source>
            <translation>Басқа ҮЕҰ</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Мұрағатқа</translation>
        </message>
        <message>
            <source>Archive service</source>
            <translation>Қызметті мұрағатқа</translation>
        </message>
        <message>
            <source>Archive the service chosen (recorded by mistake): it is no longer listed, and stays in the database</source>
            <translation>Таңдалған қызметті мұрағатқа жіберу (қате жазылған): ол тізімнен шығады, дерекқорда қалады</translation>
        </message>
        <message>
            <source>Archive "{0}"? It is no longer listed (Edit &gt; Undo brings it back).</source>
            <translation>«{0}» мұрағатқа жіберілсін бе? Қызмет тізімнен шығады (Түзету &gt; Болдырмау қайтарады).</translation>
        </message>
        <message>
            <source>Came by themselves</source>
            <translation>Өзі келді</translation>
        </message>
        <message>
            <source>Change service</source>
            <translation>Қызметті өзгерту</translation>
        </message>
        <message>
            <source>Change the service</source>
            <translation>Қызметті өзгерту</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Declined by the person</source>
            <translation>Адам бас тартты</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Көрсетілді</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Кім көрсетеді</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Көрсетілген күні</translation>
        </message>
        <message>
            <source>Hotline</source>
            <translation>Сенім телефоны</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Қалай</translation>
        </message>
        <message>
            <source>IOM</source>
            <translation>ХКҰ</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>Жаңа қызмет</translation>
        </message>
        <message>
            <source>Not available</source>
            <translation>Қолжетімсіз</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ескертпе</translation>
        </message>
        <message>
            <source>Or, not in the directory</source>
            <translation>Немесе, анықтамалықта жоқ болса</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
        <message>
            <source>Our office</source>
            <translation>Біздің кеңсе</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтиже</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Жоспарланған күні</translation>
        </message>
        <message>
            <source>Planned for {0} and not recorded as given</source>
            <translation>{0} күніне жоспарланған, бірақ көрсетілді деп белгіленбеген</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Полиция</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Кім жіберді</translation>
        </message>
        <message>
            <source>Referred on</source>
            <translation>Жіберілген күні</translation>
        </message>
        <message>
            <source>Referred to us</source>
            <translation>Бізге кім жіберді</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Қызмет</translation>
        </message>
        <message>
            <source>Services given</source>
            <translation>Көрсетілген қызметтер</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>Көрсетілуде</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>e.g. a hotline, a lawyer, a relative</source>
            <translation>мысалы, сенім телефоны, адвокат, туысы</translation>
        </message>
    </context>
    <context>
        <name>Supervisor</name>
        <message>
            <source>Planned service not given</source>
            <translation>Жоспарланған қызмет көрсетілмеді</translation>
        </message>
        <message>
            <source>{0}, planned for {1}, is not recorded as given: record it in the case's Services tab, or say why it was not given.</source>
            <translation>{1} күніне жоспарланған «{0}» көрсетілді деп белгіленбеген: оны істің «Қызметтер» қойындысында белгілеңіз немесе неге көрсетілмегенін жазыңыз.</translation>
        </message>
    </context>
</TS>
