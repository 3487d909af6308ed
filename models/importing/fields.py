"""The fields an import fills, and the headers people give them in Russian, Kazakh and English."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Field:
    key: str  # e.g. "document_number"
    record: str  # person, document, case, stay, note
    attribute: str  # the schema's field, e.g. "number"
    kind: str  # text, date, birth, country, sex, category, basis, document_kind, priority, iin, full_name
    en: str
    ru: str
    kk: str
    synonyms: tuple[str, ...] = ()

    def label(self, lang: str = "en") -> str:
        return {"en": self.en, "ru": self.ru, "kk": self.kk}.get(lang, self.en)


FIELDS: tuple[Field, ...] = (
    Field("full_name", "person", "", "full_name", "Full name", "ФИО", "Аты-жөні",
          ("фамилия имя отчество", "ф и о", "аты жөні", "тегі аты әкесінің аты", "name", "full name", "fio")),
    Field("family_name", "person", "family_name", "text", "Family name", "Фамилия", "Тегі",
          ("surname", "last name", "фамилия мигранта")),
    Field("given_name", "person", "given_name", "text", "Given name", "Имя", "Аты",
          ("first name", "given names", "forename")),
    Field("patronymic", "person", "patronymic", "text", "Patronymic", "Отчество", "Әкесінің аты",
          ("middle name", "father's name")),
    Field("family_name_latin", "person", "family_name_latin", "text", "Family name (Latin)",
          "Фамилия (латиницей)", "Тегі (латынша)", ("фамилия латиницей", "surname latin", "фамилия лат")),
    Field("given_name_latin", "person", "given_name_latin", "text", "Given name (Latin)", "Имя (латиницей)",
          "Аты (латынша)", ("имя латиницей", "first name latin", "имя лат")),
    Field("birth_date", "person", "birth_date", "birth", "Date of birth", "Дата рождения", "Туған күні",
          ("birth date", "born", "dob", "год рождения", "дата рожд", "туған жылы", "year of birth",
           "туылған күні")),
    Field("sex", "person", "sex", "sex", "Sex", "Пол", "Жынысы", ("gender",)),
    Field("citizenship", "person", "citizenship", "country", "Citizenship", "Гражданство", "Азаматтығы",
          ("nationality", "страна гражданства", "гражданин", "азаматтық", "country of citizenship")),
    Field("iin", "person", "iin", "iin", "IIN", "ИИН", "ЖСН", ("иин", "жсн", "iin")),
    Field("phone", "person", "phone", "text", "Phone", "Телефон", "Телефон",
          ("phone number", "номер телефона", "тел", "mobile", "телефон нөмірі")),
    Field("address", "person", "address", "text", "Address", "Адрес", "Мекенжайы",
          ("адрес проживания", "address in kazakhstan", "мекенжай", "адрес в казахстане")),
    Field("document_kind", "document", "kind", "document_kind", "Document type", "Вид документа",
          "Құжат түрі", ("document kind", "тип документа", "документ вид")),
    Field("document_number", "document", "number", "text", "Document number", "Номер документа",
          "Құжат нөмірі", ("passport number", "номер паспорта", "паспорт", "passport", "паспорт номер",
                           "document no", "документ номер", "паспорт №", "№ паспорта", "төлқұжат нөмірі")),
    Field("document_country", "document", "issuing_country", "country", "Issuing country", "Страна выдачи",
          "Берген ел", ("паспорт страна выдачи", "документ страна выдачи", "country of issue", "кем выдан")),
    Field("document_issued", "document", "issued_on", "date", "Issued on", "Дата выдачи", "Берілген күні",
          ("date of issue", "паспорт дата выдачи", "документ дата выдачи", "issue date")),
    Field("document_expires", "document", "expires_on", "date", "Valid until", "Действителен до",
          "Жарамдылық мерзімі", ("expiry date", "expires on", "срок действия", "паспорт действителен до",
                                 "документ действителен до", "date of expiry")),
    Field("category", "case", "category", "category", "Category", "Категория", "Санаты",
          ("case category", "категория дела", "статус лица")),
    Field("opened_on", "case", "opened_on", "date", "Case opened", "Дата обращения", "Ашылған күні",
          ("opened on", "date opened", "дата открытия", "дата открытия дела", "өтініш күні", "обращение")),
    Field("priority", "case", "priority", "priority", "Priority", "Приоритет", "Басымдығы", ("срочность",)),
    Field("entry_date", "stay", "entry_date", "date", "Entry date", "Дата въезда", "Келген күні",
          ("date of entry", "entered on", "въезд", "дата прибытия", "кірген күні", "entry")),
    Field("exit_date", "stay", "exit_date", "date", "Exit date", "Дата выезда", "Кеткен күні",
          ("date of exit", "left on", "выезд", "шыққан күні", "exit")),
    Field("basis", "stay", "basis", "basis", "Basis of stay", "Основание пребывания", "Болу негізі",
          ("stay basis", "основание", "цель и основание", "негізі")),
    Field("border_point", "stay", "border_point", "text", "Border crossing", "Пункт пропуска", "Өткізу пункті",
          ("border point", "кпп", "пункт въезда")),
    Field("note", "note", "text", "text", "Note", "Примечание", "Ескертпе",
          ("notes", "comment", "комментарий", "примечания", "пікір", "remarks")),
)

BY_KEY = {field.key: field for field in FIELDS}
_PUNCTUATION = re.compile(r"[\W_]+")


def normalized(header: object) -> str:
    """A header as compared: lower case, Ё as Е, punctuation as spaces ("Дата  рождения:" = "дата рождения")."""
    text = str(header or "").casefold().replace("ё", "е").replace("№", " № ")
    return " ".join(_PUNCTUATION.sub(" ", text).split()) if text.strip() != "№" else "№"


@cache
def _headers() -> dict[str, str]:
    known: dict[str, str] = {}
    for field in FIELDS:
        for header in (field.key, field.en, field.ru, field.kk, *field.synonyms):
            known.setdefault(normalized(header), field.key)
    return known


def field_for(header: object) -> str | None:
    """The field a header names, or None. A trilingual header ("Фамилия / Тегі / Family name") matches by any part."""
    text = str(header or "")
    for candidate in (text, *text.split("/")):
        if key := _headers().get(normalized(candidate)):
            return key
    return None
