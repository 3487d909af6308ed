"""Messy spreadsheets made in the test, as offices save them."""
from __future__ import annotations

from pathlib import Path

import pytest

from models.services import accounts
from models.services.base import Actor

# A list saved by Excel in Windows-1251 with a title, a blank line, Russian headers, a blank row,
# an Excel date serial in a text file, an unknown country, an exit before its entry, an IIN twice,
# and a person the database already knows under another spelling (Юсупов Алишер, 12.04.1990).
OFFICE_LIST = (
    "Список клиентов на 01.06.2024;;;;;;;;;;\r\n"
    ";;;;;;;;;;\r\n"
    "Фамилия;Имя;Дата рождения;Гражданство;ИИН;Номер паспорта;Категория;Дата въезда;Дата выезда;"
    "Основание пребывания;Откуда узнал\r\n"
    "Каримов;Бахтиёр;05.03.1988;Узбекистан;;FA7654321;трудовой мигрант;01.05.2024;;безвиз;от друга\r\n"
    ";;;;;;;;;;\r\n"
    "Сидорова;Анна;32874;Атлантида;;AB1112223;беженец;10.05.2024;01.05.2024;безвиз;\r\n"
    "Бекова;Айжан;03.02.1995;Кыргызстан;950203400186;ID123456;трудовой мигрант;02.05.2024;;безвиз;\r\n"
    "Бекова;Айжан;03.02.1995;Киргизия;950203400186;;трудовой мигрант;;;;\r\n"
    "Yusupov;Alisher;12.04.1990;UZB;;;labour migrant;20.05.2024;;visa-free;\r\n"
)


def write_list(path: Path, text: str = OFFICE_LIST, encoding: str = "cp1251") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def office_list(tmp_path: Path) -> Path:
    return write_list(tmp_path / "клиенты.csv")


@pytest.fixture
def supervisor(db) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "gulnara", "full_name": "Gulnara Serikovna", "role": "supervisor",
        "password": "correct horse battery"}).value)


@pytest.fixture
def admin(db) -> Actor:
    return Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "daulet", "full_name": "Daulet Admin", "role": "admin", "password": "correct horse battery"}).value)


def without_basis(path: Path, rows: int = 120, entered: str = "{day:02d}.11.2026") -> Path:
    """Issue 28: the list an office really keeps, with no basis of stay: Windows-1251, `;`, a title row,
    Фамилия … Дата выезда, every row with an entry date (the last one repeats the first person, born a
    day apart in writing only: its birth date is not a date)."""
    lines = ["Список иностранных граждан на 07.12.2026;;;;;;;;;",
             "Фамилия;Имя;Отчество;Дата рождения;Пол;Гражданство;ИИН;Номер паспорта;Дата въезда;Дата выезда"]
    for n in range(rows):
        day = 1 + n % 28
        lines.append(f"Каримов{n};Бахтиёр;Рустамович;{day:02d}.03.{1980 + n % 20};{'М' if n % 2 else 'Ж'};"
                     f"{'Узбекистан' if n % 3 else 'Таджикистан'};;FA{7000000 + n};{entered.format(day=day)};")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))
    return path
