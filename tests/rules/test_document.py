"""document.expiry: the person's main identity document (issue 28 item 5)."""
from __future__ import annotations

import json
from datetime import date

from models.entities.persons import DocumentKind
from models.rules.ruleset import RuleVersion
from models.rules.situation import DOCUMENT_KINDS, IdentityDocument, Situation
from tests.rules.helpers import RULES, by_rule, d, run, stay
from tests.rules.test_cli import qamqor


def passport(expires: str | None, kind: str = "passport") -> IdentityDocument:
    return IdentityDocument(kind, None if expires is None else d(expires))


def expiry(person: Situation, as_of: str, ruleset=RULES):
    return by_rule(run(person, as_of, ruleset)).get("document.expiry")


def test_an_expired_passport_is_overdue_and_one_expiring_is_due_soon():
    person = Situation("UZB", (stay("2026-09-01"),), documents=(passport("2026-10-11"),))
    ob = expiry(person, "2026-12-08")
    assert (ob.due, ob.status, ob.days_left) == (d("2026-10-11"), "overdue", -58)
    assert ob.rule_version == "document.expiry@2000-01-01" and "[001:L100]" in ob.source
    assert "passport is valid until 11 October 2026" in ob.explanation()
    assert "«паспорт» действует по 11 октября 2026" in ob.explanation("ru")
    assert "төлқұжат. Жарамдылығының соңғы күні — 2026 жылғы 11 қазан" in ob.explanation("kk")
    assert expiry(person, "2026-10-06").status == "due_soon"
    assert expiry(person, "2026-09-06").status == "ok"


def test_the_main_document_is_the_one_valid_longest():
    person = Situation("UZB", (stay("2026-09-01"),), documents=(
        passport("2026-10-11"), passport("2036-10-01"), passport(None, "id_card"),
        passport("2040-01-01", "birth_certificate")))
    ob = expiry(person, "2026-12-08")
    assert (ob.due, ob.status, ob.facts["kind"]) == (d("2036-10-01"), "ok", "passport")
    assert expiry(Situation("UZB", documents=(passport(None),)), "2026-12-08") is None
    assert expiry(Situation("UZB", documents=(passport("2020-01-01", "birth_certificate"),)), "2026-12-08") is None


def test_left_before_it_expired_is_met_and_a_citizen_has_none():
    gone = Situation("UZB", (stay("2026-09-01", "2026-10-01"),), documents=(passport("2026-10-11"),))
    assert expiry(gone, "2026-12-08").status == "met"
    assert expiry(Situation("KAZ", (stay("2026-09-01"),), documents=(passport("2026-10-11"),)), "2026-12-08") is None


def test_a_version_applies_from_its_date_and_not_before():
    only_passports = RULES.with_versions([RuleVersion.create(
        "document.expiry", date(2030, 1, 1), {"kinds": ["passport"]}, "Test version: passports only")])
    before = expiry(Situation("UZB", documents=(passport("2029-12-31", "id_card"),)), "2029-12-01", only_passports)
    assert (before.due, before.rule_version) == (d("2029-12-31"), "document.expiry@2000-01-01")
    assert expiry(Situation("UZB", documents=(passport("2030-01-01", "id_card"),)), "2029-12-01",
                  only_passports) is None
    after = expiry(Situation("UZB", documents=(passport("2030-01-01"),)), "2029-12-01", only_passports)
    assert after.rule_version == "document.expiry@2030-01-01"


def test_the_kinds_are_the_database_kinds():
    assert DOCUMENT_KINDS == tuple(kind.value for kind in DocumentKind)


def test_rules_eval_answers_for_a_passport():
    done = qamqor("rules", "eval", stdin=json.dumps({
        "as_of": "2026-12-08", "citizenship": "UZB", "stays": [{"entry": "2026-11-17", "basis": "visa_free"}],
        "documents": [{"kind": "passport", "expires_on": "2026-10-11"}]}))
    assert done.returncode == 0, done.stderr
    found = {o["rule"]: o for o in json.loads(done.stdout)["obligations"]}
    assert (found["document.expiry"]["due"], found["document.expiry"]["status"]) == ("2026-10-11", "overdue")
    refused = qamqor("rules", "eval", stdin='{"as_of": "2026-12-08", "citizenship": "UZB", '
                                            '"documents": [{"kind": "library_card"}]}')
    assert refused.returncode == 2 and b"documents[0].kind: unknown document kind" in refused.stderr
