"""Issue 28 items 3 and 5 through the services and `qamqor alerts` on a real database file: a late
registration is done (out of the alerts, its lateness kept), and an expired passport raises an alert."""
from __future__ import annotations

import datetime as dt
import json

from models.cli import main
from models.clock import today
from models.services import deadlines, persons, records

TODAY = today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def listed_alerts(db_path, capsys) -> list[tuple[str, str, str]]:
    assert main(["--db", str(db_path), "alerts", "--json", "--as-of", TODAY.isoformat()]) == 0
    return [(a["rule"], a["due"], a["status"]) for a in json.loads(capsys.readouterr().out)["alerts"]
            if a["case_id"]]


def test_a_late_registration_leaves_the_alerts_and_says_how_late(db, db_path, actor, case, capsys) -> None:
    # Entered 21 days ago, due 16 days ago (entry + 5), registered 14 days ago: two days late.
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": days(-21), "basis": "visa_free"})
    assert ("registration.deadline", days(-16).isoformat(), "overdue") in listed_alerts(db_path, capsys)
    records.add(db, actor, "registration", {"person_id": case.person_id, "registered_on": days(-14)})
    assert "registration.deadline" not in [rule for rule, _, _ in listed_alerts(db_path, capsys)]
    for lang, words in (("en", "2 days late"), ("ru", "с опозданием на 2 дня"), ("kk", "мерзімінен 2 күн кеш")):
        found = deadlines.obligations_of(db, actor, case.person_id, lang=lang)
        registration = next(o for o in found if o.rule == "registration.deadline")
        assert (registration.status, registration.days_late) == ("met", 2)
        assert words in registration.explanation and "[001:L37]" not in registration.source


def test_an_expired_passport_is_an_overdue_deadline_with_its_alert(db, db_path, actor, case, capsys) -> None:
    records.add(db, actor, "stay", {"person_id": case.person_id, "entry_date": days(-3), "basis": "visa_free"})
    persons.add_document(db, actor, {"person_id": case.person_id, "kind": "passport", "number": "FA1234567",
                                     "issuing_country": "UZB", "issued_on": days(-3700), "expires_on": days(-57)})
    assert ("document.expiry", days(-57).isoformat(), "overdue") in listed_alerts(db_path, capsys)
    found = next(o for o in deadlines.obligations_of(db, actor, case.person_id, lang="ru")
                 if o.rule == "document.expiry")
    assert (found.status, found.document, found.days_left) == ("overdue", "passport", -57)
    # A new passport recorded: the old one is no longer the main document, and the alert goes.
    persons.add_document(db, actor, {"person_id": case.person_id, "kind": "passport", "number": "FA7654321",
                                     "issuing_country": "UZB", "issued_on": days(-10), "expires_on": days(3640)})
    assert "document.expiry" not in [rule for rule, _, _ in listed_alerts(db_path, capsys)]
