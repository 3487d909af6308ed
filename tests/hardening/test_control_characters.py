"""Issue 12 item 6: control characters are refused at the schemas and escaped in every text output."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from models import clock
from models.services import cases, persons, records
from models.services.errors import ValidationFailed
from models.text import printable
from tests.hardening.helpers import qamqor

ESCAPE = "\x1b[2J\x1b]0;owned\x07"


def refusal(call) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as raised:
        call()
    return [(e.label, e.message) for e in raised.value.errors]


def test_the_schemas_refuse_nul_and_control_characters(db, actor, case) -> None:
    person = {"given_name": "Алишер", "citizenship": "UZB"}
    assert refusal(lambda: persons.create_person(db, actor, person | {"family_name": "Юсупов" + ESCAPE}).value) == [
        ("Family name", "must not contain a control character (U+001B) (at character 7)")]
    assert refusal(lambda: persons.create_person(db, actor, person | {"family_name": "Ю\x00"}).value) == [
        ("Family name", "must not contain a control character (U+0000) (at character 2)")]
    assert refusal(lambda: persons.create_person(db, actor, person | {"family_name": "Юсупов\nАлиев"}).value) == [
        ("Family name", "must not contain a line break (at character 7)")]
    with pytest.raises(ValidationFailed):
        cases.add_note(db, actor, {"case_id": case.id, "text": "called\x00 the employer"})
    note = cases.add_note(db, actor, {"case_id": case.id, "text": "Called the employer.\nNo answer;\tcall again."}).value
    assert note.text == "Called the employer.\nNo answer;\tcall again."  # a note keeps its lines


def test_alerts_text_shows_an_escape_in_a_name_instead_of_sending_it(db, db_path, actor, person, case) -> None:
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": clock.today() - dt.timedelta(days=40),
                                    "basis": "visa_free"})
    with sqlite3.connect(db_path) as conn:  # as an import or an older Qamqor could have stored it
        conn.execute("UPDATE persons SET family_name = ?", ("Юсупов" + ESCAPE,))
    done = qamqor("--db", str(db_path), "alerts", "--within", "60")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "Юсупов\\x1b[2J" in done.stdout


def test_printable() -> None:
    assert printable("a\x1bb\x00c\ud800\u2028") == "a\\x1bb\\x00c\\ud800\\u2028"
    assert printable("Юсупов Алишер") == "Юсупов Алишер"
