"""Consent: per purpose, with who took it and how; a signed form is an attachment of the case."""
from __future__ import annotations

import datetime as dt

import pytest

from models.services import cases, consent, directory
from models.services.errors import ValidationFailed


@pytest.fixture
def shelter(db, actor):
    return next(o for o in directory.organisations(db, actor) if o.name == "Sana Sezim")


def test_verbal_consent_needs_a_witness_and_sharing_names_the_organisation(db, actor, case) -> None:
    with pytest.raises(ValidationFailed) as refused:
        consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "given_on": "2024-06-01",
                                           "method": "verbal_with_witness"})
    assert [e.field for e in refused.value.errors] == ["organisation_id", "scope", "witness"]
    services = consent.record_consent(db, actor, {"case_id": case.id, "purpose": "receive_services",
                                                  "given_on": "2024-06-01", "method": "verbal_with_witness",
                                                  "witness": "Dana Serikovna"}).value
    assert (services.taken_by, services.organisation_id, services.scope) == (actor.user_id, None, [])


def test_a_signed_form_is_a_scan_attached_to_the_same_case(db, actor, case, person, shelter) -> None:
    data = {"case_id": case.id, "purpose": "share_data", "organisation_id": shelter.id,
            "scope": ["identity", "situation"], "given_on": "2024-06-01", "method": "signed_form"}
    with pytest.raises(ValidationFailed, match="Attachment id: is required"):
        consent.record_consent(db, actor, data)
    other_case = cases.open_case(db, actor, {"person_id": person.id, "category": "other", "opened_on": "2024-06-01"}).value
    elsewhere = cases.add_attachment(db, actor, {"case_id": other_case.id, "filename": "form.pdf",
                                                 "content": b"%PDF-1.4"}).value
    with pytest.raises(ValidationFailed, match="not an attachment of this case"):
        consent.record_consent(db, actor, data | {"attachment_id": elsewhere.id})
    scan = cases.add_attachment(db, actor, {"case_id": case.id, "filename": "consent.pdf", "content": b"%PDF-1.4"}).value
    given = consent.record_consent(db, actor, data | {"attachment_id": scan.id}).value
    assert given.attachment_id == scan.id and given.in_force(dt.date(2024, 6, 1))
    assert not given.in_force(dt.date(2024, 5, 31))


def test_withdrawal_cannot_predate_the_consent(db, actor, case, shelter) -> None:
    given = consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data",
                                               "organisation_id": shelter.id, "scope": ["identity"],
                                               "given_on": "2024-06-01", "method": "verbal_with_witness",
                                               "witness": "W"}).value
    with pytest.raises(ValidationFailed, match="must not be before the consent was given"):
        consent.withdraw_consent(db, actor, given.id, given.version, {"withdrawn_on": "2024-05-01"})
    withdrawn = consent.withdraw_consent(db, actor, given.id, given.version, {"withdrawn_on": "2024-06-05"}).value
    assert not withdrawn.consent.in_force(dt.date(2024, 6, 5)) and withdrawn.consent.in_force(dt.date(2024, 6, 4))
    assert consent.consents_of(db, actor, case.id)[0].withdrawn_on == dt.date(2024, 6, 5)


def test_unknown_parts_of_a_case_are_refused(db, actor, case, shelter) -> None:
    with pytest.raises(ValidationFailed, match="diary is not a part of a case"):
        consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": shelter.id,
                                           "scope": ["diary"], "given_on": "2024-06-01",
                                           "method": "verbal_with_witness", "witness": "W"})
