"""Screenshots of the deadlines panel for issue 28's Uzbek (entered three weeks ago, registered two days late,
a work permit for a year, a passport expired in October), in Russian and Kazakh at 1024×700:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_deadlines.py [--out docs/screenshots]

Writes `deadlines-<what>-<lang>.png`: `why` (the last day of stay and why 30 days per entry still apply),
`late-registration` (done, two days late) and `passport` (the expired passport's alert); and the new-case
wizard's question about an entry date after today and its refusal, `wizard-planned-trip-<question|refused>-
<lang>.png`. Uses the demo database of `scripts/screenshots.py`, with this person added to it.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import open_main_window, settle, shoot_each, wait  # noqa: E402

LANGUAGES = ("ru", "kk")
SIZES = ((1024, 700),)
_added: dict = {}


def issue_28_case(db, actor):
    """The person of issue 28, added once to the demo database."""
    from models.clock import today
    from models.services import cases, persons, records

    if "case" in _added:
        return _added["case"]

    def days(n: int) -> dt.date:
        return today() + dt.timedelta(days=n)

    person = persons.create_person(db, actor, {"family_name": "Рахимов", "given_name": "Шерзод",
                                               "birth_date": "1994-03-02", "sex": "male",
                                               "citizenship": "UZB"}).value
    case = cases.open_case(db, actor, {"person_id": person.id, "category": "labour_migrant", "opened_on": days(-1),
                                       "caseworker_id": actor.user_id}).value
    persons.add_document(db, actor, {"person_id": person.id, "kind": "passport", "number": "FA7316420",
                                     "issuing_country": "UZB", "issued_on": days(-3710), "expires_on": days(-57)})
    records.add(db, actor, "stay", {"person_id": person.id, "entry_date": days(-21), "basis": "visa_free"})
    records.add(db, actor, "registration", {"person_id": person.id, "registered_on": days(-14)})
    records.add(db, actor, "permit", {"person_id": person.id, "kind": "work_permit", "valid_from": days(-7),
                                      "valid_to": days(357)})
    _added["case"] = case
    return case


def shoot(app, out: Path, db, actor, name: str, _showcase, lang: str, size: tuple[int, int], scratch: Path) -> None:
    case = issue_28_case(db, actor)
    ws, window = open_main_window(app, db, actor, name, lang, size, scratch)
    view = window.open_case(case.id)
    wait(app, lambda: view.file is not None)
    settle(app)
    panel = view.deadlines
    for what, rule in (("why", "stay.per_entry"), ("late-registration", "registration.deadline"),
                       ("passport", "document.expiry")):
        panel.table.selectRow(next(r for r, item in enumerate(panel.model.items) if item.rule == rule))
        settle(app)
        window.grab().save(str(out / f"deadlines-{what}-{lang}.png"))
    shoot_wizard(app, out, ws, lang)
    window.close()
    ws.worker.shutdown()


def shoot_wizard(app, out: Path, ws, lang: str) -> None:
    """The stay page with an entry date after today: the question (grabbed as it is shown), then the refusal."""
    from PySide6.QtWidgets import QMessageBox, QWizard

    from desktop import i18n
    from desktop.wizard.new_case import NewCaseWizard
    from models.clock import today

    wizard = NewCaseWizard(ws)
    wizard.resize(900, 560)
    wizard.show()
    form = wizard.person_page.form
    form.editors["family_name"].set_value("Рахимов")
    form.editors["given_name"].set_value("Шерзод")
    form.editors["citizenship"].set_value("UZB")
    wizard.next()
    wizard.next()
    wizard.stay_page.stay.editors["entry_date"].set_value(today() + dt.timedelta(days=10))
    settle(app)

    def question(parent, title, text, buttons, default):  # the same box QMessageBox.question shows
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(default)
        box.show()
        settle(app)
        box.grab().save(str(out / f"wizard-planned-trip-question-{lang}.png"))
        box.close()
        return QMessageBox.StandardButton.No

    original = QMessageBox.question
    QMessageBox.question = staticmethod(question)  # type: ignore[method-assign]
    try:
        wizard.button(QWizard.WizardButton.NextButton).click()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    settle(app)
    assert i18n.show_date(today() + dt.timedelta(days=10)) in wizard.stay_page.stay.error_text("entry_date")
    wizard.grab().save(str(out / f"wizard-planned-trip-refused-{lang}.png"))
    wizard.close()


def main() -> None:
    shoot_each(shoot, __doc__.splitlines()[0], LANGUAGES, SIZES)


if __name__ == "__main__":
    main()
