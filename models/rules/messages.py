"""Explanations a caseworker can read, in English, Russian and Kazakh.

An obligation keeps only message keys and parameters; the text is rendered
when asked for (`Obligation.explanation(lang)`), so evaluating 100,000 persons
never formats a sentence. Placeholders take a format spec naming what the
value is: `{due}` a date, `{days:day}` a number of days ("30 days", "30 дней",
"30 күн"), `{kind:doc}` a document, `{country:country}` a citizenship.

Russian and Kazakh sentences are built so that dates and numbers stand in the
nominative ("Последний законный день — 8 июня 2024", "соңғы күні — 2024
жылғы 8 маусым"), which avoids declining them.
"""
from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

LANGUAGES = ("en", "ru", "kk")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    # Genitive, as Russian writes a date: "8 июня 2024".
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),
}

DOCUMENTS = {
    "en": {"visa": "visa", "temporary_residence": "temporary residence permit",
           "permanent_residence": "permanent residence permit", "work_permit": "work permit",
           "patent": "patent (permit for domestic work)", "refugee_certificate": "refugee certificate",
           "asylum_certificate": "asylum-seeker certificate",
           # identity documents (document.expiry)
           "passport": "passport", "id_card": "ID card", "travel_document": "travel document",
           "refugee_travel_document": "refugee travel document",
           "stateless_travel_document": "stateless person's travel document"},
    "ru": {"visa": "виза", "temporary_residence": "разрешение на временное проживание",
           "permanent_residence": "разрешение на постоянное проживание", "work_permit": "разрешение на работу",
           "patent": "патент", "refugee_certificate": "удостоверение беженца",
           "asylum_certificate": "свидетельство лица, ищущего убежище",
           "passport": "паспорт", "id_card": "удостоверение личности", "travel_document": "проездной документ",
           "refugee_travel_document": "проездной документ беженца",
           "stateless_travel_document": "проездной документ лица без гражданства"},
    "kk": {"visa": "виза", "temporary_residence": "уақытша тұруға рұқсат",
           "permanent_residence": "тұрақты тұруға рұқсат", "work_permit": "жұмысқа рұқсат",
           "patent": "патент", "refugee_certificate": "босқын куәлігі",
           "asylum_certificate": "пана іздеуші адамның куәлігі",
           "passport": "төлқұжат", "id_card": "жеке куәлік", "travel_document": "жол жүру құжаты",
           "refugee_travel_document": "босқынның жол жүру құжаты",
           "stateless_travel_document": "азаматтығы жоқ адамның жол жүру құжаты"},
}

# Units: English (singular, plural), Russian (1, 2-4, 5+), Kazakh (no plural after a number).
UNITS = {
    "day": (("day", "days"), ("день", "дня", "дней"), "күн"),
    "cday": (("calendar day", "calendar days"), ("календарный день", "календарных дня", "календарных дней"),
             "күнтізбелік күн"),
    "wday": (("working day", "working days"), ("рабочий день", "рабочих дня", "рабочих дней"), "жұмыс күні"),
    "month": (("month", "months"), ("месяц", "месяца", "месяцев"), "ай"),
    "year": (("year", "years"), ("год", "года", "лет"), "жыл"),
}

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "basis_missing": "Entered {entry}; the basis of stay (visa-free, visa, residence permit…) is not recorded, so "
                         "no stay deadline is computed: no days per entry, no 90 in 180 days, no registration. "
                         "Record the basis of this stay.",
        "per_entry": "Entered {entry} without a visa. Citizens of {country:country} may stay {days:day} per entry, "
                     "so the last legal day is {due}.",
        "per_entry_registered": "Entered {entry} without a visa and registered on {registered}. Registered citizens "
                                "of {country:country} may stay {days:day} per entry, so the last legal day is {due}.",
        "per_entry_work_permit": "A {kind:doc} allows work, not a longer stay: {days:day} per entry apply until a "
                                 "temporary residence permit is recorded.",
        "left": "Left on {exit}.",
        "window": "Without a visa, a foreigner may spend at most {max_days:day} in any {window:day}. On {as_of}, "
                  "{count} of the last {window} days count; staying on without a break, the last legal day is {due}.",
        "window_broken": "The limit was exceeded from {breach}.",
        "registration_calendar": "Entered {entry}. A foreigner staying temporarily must register the place of stay "
                                 "within {days:cday} after entry, that is by {due}.",
        "registration_working": "Entered {entry}. A foreigner staying temporarily must register the place of stay "
                                "within {days:wday} after entry, that is by {due}.",
        "registration_deferred": "Entered {entry}. Citizens of {country:country} need no registration for the first "
                                 "{days:day}; staying longer, they must register by {due}.",
        "registration_simplified": "Entered {entry} without a visa. Citizens of {country:country} are registered in "
                                   "a simplified manner on entry: nothing more to do.",
        "registered": "Registered on {registered}.",
        "registered_late": "Registered on {registered}, {late:day} late.",
        "left_before": "Left on {exit}, before the deadline.",
        "not_registered": "No registration is recorded.",
        "permit_expiry": "The {kind:doc} is valid until {due} inclusive.",
        "renewed": "A newer {kind:doc} covers {next}.",
        "document_expiry": "The {kind:doc} is valid until {due} inclusive. Registration and permits are made on a valid "
                           "identity document: it is to be renewed in time.",
        "left_before_expiry": "The person left Kazakhstan on {exit}, before it expired: no renewal is due.",
        "refugee_extension": "Refugee status ends on {valid_to}. The extension must be applied for {months:month} "
                             "before it ends, that is by {due}.",
        "refugee_assumed_end": "No end date is recorded: status granted on {recognized} lasts {years:year}.",
        "refugee_certificate_calendar": "Refugee status was granted on {recognized}. The refugee certificate is "
                                        "issued within {days:cday}, that is by {due}.",
        "refugee_certificate_working": "Refugee status was granted on {recognized}. The refugee certificate is "
                                       "issued within {days:wday}, that is by {due}.",
        "certificate_issued": "The certificate was issued on {issued}.",
        "certificate_missing": "No certificate is recorded yet.",
        "asylum_decision": "The application for refugee status was registered on {registered}. The interview and "
                           "the decision are due within {months:month}, that is by {due}.",
        "asylum_decision_max": "The application for refugee status was registered on {registered}. Even with "
                               "further checks, the decision is due within {months:month}, that is by {due}.",
        "asylum_apply_by_calendar": "Entered {entry}. A person who seeks asylum must apply for refugee status within "
                                    "{days:cday} of the entry, that is by {due}.",
        "asylum_apply_by_working": "Entered {entry}. A person who seeks asylum must apply for refugee status within "
                                   "{days:wday} of the entry, that is by {due}.",
        "asylum_not_applied": "No application is recorded yet.",
        "appeal_calendar": "An administrative decision was taken on {decided}. It can be appealed within "
                           "{days:cday}, that is by {due}.",
        "appeal_working": "An administrative decision was taken on {decided}. It can be appealed within "
                          "{days:wday}, that is by {due}.",
        "appeal_legal_aid": "No appeal is recorded: offer legal aid (expulsion often follows).",
        "appealed": "Appealed on {appealed}.",
        "appealed_late": "Appealed on {appealed}, {late:day} late.",
        "decided": "A decision was recorded on {decided}.",
        "undecided": "No decision is recorded yet.",
        "entry_ban": "Expelled on {expelled}. Entry is barred for {years:year}; entry is allowed again from "
                     "{ban_until}.",
        "entry_ban_case": "Expelled on {expelled}. For this case the ban ends so that entry is allowed again from "
                          "{ban_until}.",
        "ban_entries": "Warning: entry recorded during the ban: {entries:dates}.",
        "job_search": "The job search started on {start}. A skilled migrant may look for a job for {months:month}, "
                      "until {due}.",
        "job_found": "A job was found on {found}.",
        "citizenship_residence": "Permanent residence since {since}: citizenship may be applied for after "
                                 "{years:year}, from {due}.",
        "citizenship_marriage": "Married to a citizen of Kazakhstan since {since}: citizenship may be applied for "
                                "after {years:year} of marriage, from {due}.",
        "citizenship_kandas": "A kandas may apply for citizenship regardless of the length of stay.",
        "employer_request": "Employers submit their foreign labour needs for {next_year} by {due}.",
        "submitted": "Submitted on {submitted}.",
    },
    "ru": {
        "basis_missing": "Въезд {entry}; основание пребывания (безвизовый режим, виза, вид на жительство…) не "
                         "указано, поэтому сроки пребывания не рассчитаны: ни дни на въезд, ни 90 из 180 дней, ни "
                         "регистрация. Укажите основание этого пребывания.",
        "per_entry": "Въезд {entry} без визы. Гражданство: {country:country}; за один въезд можно пребывать "
                     "{days:day}, поэтому последний законный день — {due}.",
        "per_entry_registered": "Въезд {entry} без визы, регистрация {registered}. Гражданство: {country:country}; "
                                "после регистрации за один въезд можно пребывать {days:day}, поэтому последний "
                                "законный день — {due}.",
        "per_entry_work_permit": "Документ «{kind:doc}» даёт право работать, но не продлевает пребывание: срок "
                                 "{days:day} за один въезд действует, пока не записано разрешение на временное "
                                 "проживание.",
        "left": "Выезд {exit}.",
        "window": "Без визы иностранец может находиться в стране самое большее {max_days:day} за любые {window:day}. "
                  "На {as_of} за последние {window:day} учтено дней: {count}; при непрерывном пребывании "
                  "последний законный день — {due}.",
        "window_broken": "Лимит превышен с {breach}.",
        "registration_calendar": "Въезд {entry}. Временно пребывающий иностранец регистрируется по месту "
                                 "пребывания; срок — {days:cday} после въезда, то есть не позднее {due}.",
        "registration_working": "Въезд {entry}. Временно пребывающий иностранец регистрируется по месту "
                                "пребывания; срок — {days:wday} после въезда, то есть не позднее {due}.",
        "registration_deferred": "Въезд {entry}. Гражданство: {country:country}; первые {days:day} регистрация не "
                                 "нужна, при более долгом пребывании нужно зарегистрироваться не позднее {due}.",
        "registration_simplified": "Въезд {entry} без визы. Гражданство: {country:country}; регистрация "
                                   "производится в упрощённом порядке при въезде, других действий не требуется.",
        "registered": "Регистрация: {registered}.",
        "registered_late": "Регистрация: {registered}, с опозданием на {late:day}.",
        "left_before": "Выезд {exit}, до истечения срока.",
        "not_registered": "Регистрация не записана.",
        "permit_expiry": "Документ «{kind:doc}» действует по {due} включительно.",
        "renewed": "Новый документ «{kind:doc}» действует с {next}.",
        "document_expiry": "Документ «{kind:doc}» действует по {due} включительно. Регистрация и разрешения "
                           "оформляются по действительному документу, удостоверяющему личность: его нужно вовремя "
                           "заменить.",
        "left_before_expiry": "Человек выехал из Казахстана {exit}, до окончания срока: продление не требуется.",
        "refugee_extension": "Статус беженца действует по {valid_to} включительно. Заявление о продлении подаётся "
                             "за {months:month} до окончания срока, то есть не позднее {due}.",
        "refugee_assumed_end": "Дата окончания не записана: статус предоставлен {recognized}, срок — "
                               "{years:year}.",
        "refugee_certificate_calendar": "Статус беженца предоставлен {recognized}. Срок выдачи удостоверения "
                                        "беженца — {days:cday}, то есть не позднее {due}.",
        "refugee_certificate_working": "Статус беженца предоставлен {recognized}. Срок выдачи удостоверения "
                                       "беженца — {days:wday}, то есть не позднее {due}.",
        "certificate_issued": "Удостоверение выдано {issued}.",
        "certificate_missing": "Выдача удостоверения ещё не записана.",
        "asylum_decision": "Ходатайство о присвоении статуса беженца зарегистрировано {registered}. Срок "
                           "собеседования и решения — {months:month}, то есть не позднее {due}.",
        "asylum_decision_max": "Ходатайство о присвоении статуса беженца зарегистрировано {registered}. Предельный "
                               "срок решения, даже при дополнительной проверке, — {months:month}, то есть не "
                               "позднее {due}.",
        "asylum_apply_by_calendar": "Въезд {entry}. Срок подачи ходатайства о статусе беженца для лица, ищущего "
                                    "убежище, — {days:cday} после въезда, то есть не позднее {due}.",
        "asylum_apply_by_working": "Въезд {entry}. Срок подачи ходатайства о статусе беженца для лица, ищущего "
                                   "убежище, — {days:wday} после въезда, то есть не позднее {due}.",
        "asylum_not_applied": "Ходатайство ещё не записано.",
        "appeal_calendar": "Административное решение принято {decided}. Срок обжалования — {days:cday}, то есть "
                           "не позднее {due}.",
        "appeal_working": "Административное решение принято {decided}. Срок обжалования — {days:wday}, то есть "
                          "не позднее {due}.",
        "appeal_legal_aid": "Жалоба не записана: предложите юридическую помощь (часто следует выдворение).",
        "appealed": "Жалоба подана {appealed}.",
        "appealed_late": "Жалоба подана {appealed}, с опозданием на {late:day}.",
        "decided": "Решение принято {decided}.",
        "undecided": "Решение ещё не записано.",
        "entry_ban": "Выдворение {expelled}. Въезд запрещён на {years:year}; въезд снова разрешён с {ban_until}.",
        "entry_ban_case": "Выдворение {expelled}. По этому делу запрет установлен так, что въезд снова разрешён "
                          "с {ban_until}.",
        "ban_entries": "Внимание: записан въезд во время запрета: {entries:dates}.",
        "job_search": "Поиск работы начат {start}. Квалифицированный мигрант может искать работу {months:month}, "
                      "до {due}.",
        "job_found": "Работа найдена {found}.",
        "citizenship_residence": "Постоянное проживание с {since}: подать на гражданство можно через "
                                 "{years:year}, с {due}.",
        "citizenship_marriage": "Брак с гражданином Казахстана с {since}: подать на гражданство можно через "
                                "{years:year} брака, с {due}.",
        "citizenship_kandas": "Кандас может подать на гражданство независимо от срока проживания.",
        "employer_request": "Работодатели подают потребность в иностранной рабочей силе на {next_year} год не "
                            "позднее {due}.",
        "submitted": "Подано {submitted}.",
    },
    "kk": {
        "basis_missing": "Келген күні {entry}; болу негізі (визасыз режим, виза, тұруға ықтиярхат…) көрсетілмеген, "
                         "сондықтан болу мерзімдері есептелмеді: бір келуге берілетін күндер де, 180 күннің 90-ы "
                         "да, тіркелу де. Осы болудың негізін көрсетіңіз.",
        "per_entry": "Визасыз келген күні — {entry}. Азаматтығы: {country:country}; бір келгенде {days:day} болуға "
                     "болады, сондықтан заңды түрде болудың соңғы күні — {due}.",
        "per_entry_registered": "Визасыз келген күні — {entry}, тіркелген күні — {registered}. Азаматтығы: "
                                "{country:country}; тіркелгеннен кейін бір келгенде {days:day} болуға болады, "
                                "сондықтан заңды түрде болудың соңғы күні — {due}.",
        "per_entry_work_permit": "Құжат: {kind:doc}. Ол жұмыс істеуге құқық береді, бірақ болу мерзімін "
                                 "ұзартпайды: уақытша тұруға рұқсат жазылғанша бір келгенде {days:day} шегі "
                                 "қолданылады.",
        "left": "Шыққан күні — {exit}.",
        "window": "Визасыз шетелдік кез келген {window:day} ішінде {max_days} күннен артық бола алмайды. "
                  "Соңғы {window:day} ішінде есепке алынған күндер ({as_of} бойынша): {count}; үздіксіз қала "
                  "берсе, заңды түрде болудың соңғы күні — {due}.",
        "window_broken": "Шектен асу басталған күн — {breach}.",
        "registration_calendar": "Келген күні — {entry}. Уақытша болатын шетелдік келгеннен кейін {days:cday} "
                                 "ішінде болатын жері бойынша тіркелуі тиіс; соңғы мерзімі — {due}.",
        "registration_working": "Келген күні — {entry}. Уақытша болатын шетелдік келгеннен кейін {days:wday} "
                                "ішінде болатын жері бойынша тіркелуі тиіс; соңғы мерзімі — {due}.",
        "registration_deferred": "Келген күні — {entry}. Азаматтығы: {country:country}; алғашқы {days:day} "
                                 "тіркелу қажет емес, одан ұзақ болса, тіркелудің соңғы мерзімі — {due}.",
        "registration_simplified": "Визасыз келген күні — {entry}. Азаматтығы: {country:country}; шекарадан "
                                   "өткенде жеңілдетілген тәртіппен тіркеледі, басқа әрекет қажет емес.",
        "registered": "Тіркелген күні — {registered}.",
        "registered_late": "Тіркелген күні — {registered}, мерзімінен {late:day} кеш.",
        "left_before": "Мерзім біткенге дейін шықты: {exit}.",
        "not_registered": "Тіркелу туралы мәлімет жоқ.",
        "permit_expiry": "Құжат: {kind:doc}. Жарамдылығының соңғы күні — {due}.",
        "renewed": "Келесі күнді ({next}) жаңа құжат қамтиды: {kind:doc}.",
        "document_expiry": "Құжат: {kind:doc}. Жарамдылығының соңғы күні — {due}. Тіркеу мен рұқсаттар жарамды жеке "
                           "басты куәландыратын құжат бойынша ресімделеді: оны уақытында ауыстыру керек.",
        "left_before_expiry": "Адам мерзімі біткенге дейін, {exit} Қазақстаннан шығып кетті: ұзарту қажет емес.",
        "refugee_extension": "Босқын мәртебесінің соңғы күні — {valid_to}. Ұзарту туралы өтініш мерзім біткенге "
                             "дейін {months:month} бұрын берілуі тиіс; соңғы мерзімі — {due}.",
        "refugee_assumed_end": "Аяқталу күні жазылмаған: мәртебе берілген күн — {recognized}, мерзімі — "
                               "{years:year}.",
        "refugee_certificate_calendar": "Босқын мәртебесі берілген күн — {recognized}. Босқын куәлігі "
                                        "{days:cday} ішінде берілуі тиіс; соңғы мерзімі — {due}.",
        "refugee_certificate_working": "Босқын мәртебесі берілген күн — {recognized}. Босқын куәлігі "
                                       "{days:wday} ішінде берілуі тиіс; соңғы мерзімі — {due}.",
        "certificate_issued": "Куәлік берілген күн — {issued}.",
        "certificate_missing": "Куәліктің берілгені туралы мәлімет әлі жоқ.",
        "asylum_decision": "Босқын мәртебесін беру туралы өтініш тіркелген күн — {registered}. Сұхбат пен "
                           "шешімнің мерзімі — {months:month}; соңғы күні — {due}.",
        "asylum_decision_max": "Босқын мәртебесін беру туралы өтініш тіркелген күн — {registered}. Қосымша "
                               "тексеру болса да, шешімнің ең ұзақ мерзімі — {months:month}; соңғы күні — {due}.",
        "asylum_apply_by_calendar": "Келген күні — {entry}. Пана іздеген адам босқын мәртебесін алуға өтінішті "
                                    "келгеннен кейін {days:cday} ішінде беруі тиіс; соңғы мерзімі — {due}.",
        "asylum_apply_by_working": "Келген күні — {entry}. Пана іздеген адам босқын мәртебесін алуға өтінішті "
                                   "келгеннен кейін {days:wday} ішінде беруі тиіс; соңғы мерзімі — {due}.",
        "asylum_not_applied": "Өтініш әлі жазылмаған.",
        "appeal_calendar": "Әкімшілік шешім шыққан күн — {decided}. Оған {days:cday} ішінде шағымдануға болады; "
                           "соңғы мерзімі — {due}.",
        "appeal_working": "Әкімшілік шешім шыққан күн — {decided}. Оған {days:wday} ішінде шағымдануға болады; "
                          "соңғы мерзімі — {due}.",
        "appeal_legal_aid": "Шағым жазылмаған: заң көмегін ұсыныңыз (көбіне елден шығару қолданылады).",
        "appealed": "Шағым берілген күн — {appealed}.",
        "appealed_late": "Шағым берілген күн — {appealed}, {late:day} кешікті.",
        "decided": "Шешім шыққан күн — {decided}.",
        "undecided": "Шешім әлі жазылмаған.",
        "entry_ban": "Елден шығарылған күн — {expelled}. Елге кіруге {years:year} тыйым салынады; қайта кіруге "
                     "болатын алғашқы күн — {ban_until}.",
        "entry_ban_case": "Елден шығарылған күн — {expelled}. Осы іс бойынша қайта кіруге болатын алғашқы күн — "
                          "{ban_until}.",
        "ban_entries": "Назар аударыңыз: тыйым кезінде келу тіркелген: {entries:dates}.",
        "job_search": "Жұмыс іздеу басталған күн — {start}. Білікті мигрант жұмысты {months:month} іздей алады; "
                      "соңғы күні — {due}.",
        "job_found": "Жұмыс табылған күн — {found}.",
        "citizenship_residence": "Тұрақты тұру басталған күн — {since}. Азаматтыққа {years:year} өткен соң өтініш "
                                 "беруге болады; алғашқы күн — {due}.",
        "citizenship_marriage": "Қазақстан азаматымен неке тіркелген күн — {since}. Некеде {years:year} болғаннан "
                                "кейін азаматтыққа өтініш беруге болады; алғашқы күн — {due}.",
        "citizenship_kandas": "Қандас тұру мерзіміне қарамастан азаматтыққа өтініш бере алады.",
        "employer_request": "Жұмыс берушілер {next_year} жылға шетелдік жұмыс күшіне қажеттілікті ұсынады; соңғы "
                            "мерзімі — {due}.",
        "submitted": "Ұсынылған күні — {submitted}.",
    },
}

Fragment = tuple[str, Mapping[str, Any]]


def format_date(day: date, lang: str = "en") -> str:
    """`8 June 2024`, `8 июня 2024`, `2024 жылғы 8 маусым`."""
    month = MONTHS[lang][day.month - 1]
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    return f"{day.day} {month} {day.year}"


def _russian_form(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def quantity(n: int, unit: str, lang: str = "en") -> str:
    """`30 days`, `30 дней`, `30 күн` (and the other units in UNITS)."""
    english, russian, kazakh = UNITS[unit]
    if lang == "en":
        return f"{n} {english[0] if n == 1 else english[1]}"
    if lang == "ru":
        return f"{n} {russian[_russian_form(n)]}"
    return f"{n} {kazakh}"


def country_name(code: str, lang: str = "en") -> str:
    """The citizenship's name from `models.countries` when it knows the code, else the code itself."""
    try:
        from models import countries
    except ImportError:  # the country list is another module's job; the code alone still reads
        return code
    try:
        return countries.name(code, lang)  # type: ignore[arg-type]
    except (KeyError, ValueError):
        return code


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, spec: str) -> str:
        lang = self.lang
        if spec in UNITS:
            return quantity(value, spec, lang)
        if spec == "doc":
            return DOCUMENTS[lang].get(value, value)
        if spec == "country":
            return country_name(value, lang)
        if spec == "dates":
            return ", ".join(format_date(day, lang) for day in value)
        if isinstance(value, date):
            return format_date(value, lang)
        return super().format_field(value, spec)


def render(fragments: Sequence[Fragment], lang: str, citation: str) -> str:
    """The fragments as sentences in `lang`, ending with the source in parentheses."""
    if lang not in TEMPLATES:
        raise ValueError(f"no explanations in language {lang!r}; use 'en', 'ru' or 'kk'")
    formatter = _Formatter(lang)
    text = " ".join(formatter.vformat(TEMPLATES[lang][key], (), params) for key, params in fragments)
    return f"{text.removesuffix('.')} ({citation})." if citation else text
