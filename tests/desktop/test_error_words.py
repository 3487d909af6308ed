"""Service refusals carry a code; each code reads in English, Russian and Kazakh (issue 13 item 6)."""
from __future__ import annotations

import ast
import datetime as dt
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import i18n, messages
from models.services import accounts, cases, persons
from models.services.base import Actor
from models.services.errors import ACTIONS, ENGLISH, FieldError, Refused, role_refusal
from tests.desktop.conftest import idle, type_text
from tests.desktop.test_case_view import open_view

ROOT = Path(__file__).parents[2]
ERROR_CLASSES = {"Refused", "NotFound", "Conflict", "PermissionDenied", "ServiceError", "LoginRefused"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _catalogue(language: str, folder: Path = i18n.TRANSLATIONS) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from words_<language>.ts."""
    found = {}
    root = ET.parse(folder / f"words_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and (translation.text or "").strip():
                found[(context.findtext("name") or "", message.findtext("source") or "")] = translation.text
    return found


def missing_templates(language: str, folder: Path = i18n.TRANSLATIONS, english=ENGLISH, actions=ACTIONS) -> list[str]:
    """What a code, an action or a word lacks in one language's catalogue, in words."""
    have = _catalogue(language, folder)
    wanted = [(messages.CONTEXT, code, text) for code, text in english.items()]
    wanted += [(messages.ACTIONS_CONTEXT, key, text) for key, text in actions.items()]
    wanted += [(messages.CONTEXT, word, word) for word in messages.WORDS]
    problems = []
    for context, key, source in wanted:
        translation = have.get((context, source))
        if translation is None:
            problems.append(f"{key}: no {language} template")
        elif not _fields(translation) <= _fields(source):
            problems.append(f"{key}: the {language} template names {_fields(translation) - _fields(source)}")
        elif language != "en" and translation == source and _fields(source) != {source.strip("{}")}:
            problems.append(f"{key}: the {language} template is the English")
    return problems


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_code_has_a_template_in_each_language(qapp, language) -> None:
    assert missing_templates(language) == []


def test_a_missing_template_is_named(qapp, tmp_path) -> None:
    """The check itself: a new code with no translation, and a translation naming a wrong parameter."""
    for language in ("en", "ru", "kk"):
        (tmp_path / f"words_{language}.ts").write_text(
            (i18n.TRANSLATIONS / f"words_{language}.ts").read_text(encoding="utf-8")
            .replace("символ ({code})", "символ ({kod})"), encoding="utf-8")
    planted = ENGLISH | {"case.made_up": "A refusal no one translated."}
    assert missing_templates("ru", tmp_path, planted) == [
        "text.control: the ru template names {'kod'}", "case.made_up: no ru template"]


def _codes_raised_in_models() -> set[str]:
    """The first argument of every `raise Refused("…")`, `FieldError.of(…, "…")`, `invalid("…")` in models/."""
    found = set()
    for path in (ROOT / "models").rglob("*.py"):
        if path.parent.name == "cli":
            continue  # the command line's own `Refused` (a usage error, in English only)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            args = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in ERROR_CLASSES | {"invalid"} and node.args and node.args[0] in args:
                found.add(node.args[0].value)  # type: ignore[attr-defined]
            elif name == "of" and len(node.args) >= 3 and node.args[2] in args:
                found.add(node.args[2].value)  # type: ignore[attr-defined]
            elif name == "require":
                found.update(k.value.value for k in node.keywords  # type: ignore[union-attr]
                             if k.arg == "doing" and isinstance(k.value, ast.Constant))
    return found


def test_every_code_the_core_raises_has_english_words(qapp) -> None:
    raised = _codes_raised_in_models()
    assert {"case.not_yours", "referral.already", "date.before", "change the office's details"} <= raised
    assert sorted(raised - set(ENGLISH) - set(ACTIONS)) == []


def test_the_english_sentence_stays_for_the_cli_and_the_logs(qapp) -> None:
    error = Refused("consent.already_withdrawn", day=dt.date(2024, 5, 10))
    assert str(error) == "This consent was already withdrawn on 10 May 2024."
    assert (error.code, error.params) == ("consent.already_withdrawn", {"day": dt.date(2024, 5, 10)})
    field = FieldError.of("exit_date", "Exit date", "date.before", other="entry date", day=dt.date(2024, 5, 10))
    assert str(field) == "Exit date: must not be before the entry date (10 May 2024)"


def test_parameters_are_written_in_the_users_language(qapp) -> None:
    refusal = role_refusal(["supervisor", "admin"], "reassign cases")
    assert messages.error_message(refusal) == "Only a supervisor or administrator may reassign cases."
    i18n.install("ru")
    assert messages.error_message(refusal) == "Только руководитель или администратор может переназначать дела."
    field = FieldError.of("exit_date", "Exit date", "date.before", other="entry date", day=dt.date(2024, 5, 10))
    day = i18n.show_date(dt.date(2024, 5, 10))
    assert messages.field_message(field) == f"не может быть раньше, чем дата въезда ({day})"
    i18n.install("kk")
    assert messages.error_message(refusal) == ("Істерді қайта тағайындауды тек жетекші немесе әкімші ғана "
                                               "жасай алады.")


@pytest.mark.parametrize(("language", "expected"), [
    ("ru", "Вы не можете открыть записи этого человека: ни одно из его дел не назначено вам и не передано вам "
           "в доступ."),
    ("kk", "Бұл адамның жазбаларын аша алмайсыз: оның бірде-бір ісі сізге тағайындалмаған және сізбен "
           "бөлісілмеген."),
])
def test_a_caseworker_editing_a_colleagues_case_reads_the_refusal_in_their_language(
        qtbot, ws, case, db, actor, language, expected) -> None:
    """Aigerim has the case open; the supervisor gives it to Bolat meanwhile; her save is refused, in her words."""
    i18n.install(language)
    view = open_view(qtbot, ws, case)
    bolat = accounts.create_account(db, Actor.system(), {
        "username": "bolat", "full_name": "Bolat Serikuly", "role": "caseworker", "password": "correct horse 2"}).value
    supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "saule", "full_name": "Saule Akhmetova", "role": "supervisor", "password": "correct horse 3"}).value)
    stored = cases.get_case(db, supervisor, case.id)
    cases.update_case(db, supervisor, case.id, stored.version,
                      stored.model_dump(include={"person_id", "category", "opened_on"}) | {"caseworker_id": bolat.id})
    type_text(qtbot, view.person_panel.form.editors["phone"], "+7 701 000 00 00")
    view.save()
    idle(qtbot, ws)
    box = view.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert box.text() == expected
    assert "You may not" not in box.text() + box.informativeText()
    assert persons.get_person(db, supervisor, case.person_id).phone != "+7 701 000 00 00"
