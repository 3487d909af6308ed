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
