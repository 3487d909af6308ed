"""The trafficking tab's reads and writes, one keyword-only function each, as in `desktop/operations`.

Each write's service says what it changed (`referral`, for its case): the tab reloads, and nothing
else needs to.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.entities import ReferralStatus
from models.ids import CaseId, ConsentId, ReferralId
from models.schemas.case_file import TraffickingOut
from models.services import consent, referrals, screening, trafficking_facts

# What the tab shows: one typed answer of one read (`models.services.case_file.trafficking_of`).
TraffickingFile = TraffickingOut


def _write(ws: Workspace, parent: QObject, case_id: CaseId, op) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=op)


def record_screening(ws: Workspace, *, parent: QObject, case_id: CaseId, data: dict) -> CollectionOp:
    data = data | {"case_id": case_id}
    return _write(ws, parent, case_id, lambda db, actor: screening.record_screening(db, actor, data))


def record_assessment(ws: Workspace, *, parent: QObject, case_id: CaseId, data: dict) -> CollectionOp:
    data = data | {"case_id": case_id}
    return _write(ws, parent, case_id, lambda db, actor: screening.record_assessment(db, actor, data))


def record_consent(ws: Workspace, *, parent: QObject, case_id: CaseId, data: dict) -> CollectionOp:
    data = data | {"case_id": case_id}
    return _write(ws, parent, case_id, lambda db, actor: consent.record_consent(db, actor, data))


def withdraw_consent(ws: Workspace, *, parent: QObject, case_id: CaseId, consent_id: ConsentId, version: int,
                     data: dict) -> CollectionOp:
    return _write(ws, parent, case_id,
                  lambda db, actor: consent.withdraw_consent(db, actor, consent_id, version, data))


def save_referral(ws: Workspace, *, parent: QObject, case_id: CaseId, referral_id: ReferralId | None,
                  version: int | None, data: dict) -> CollectionOp:
    """A new draft (referral_id None), or a change to a draft."""
    data = data | {"case_id": case_id}
    if referral_id is None:
        return _write(ws, parent, case_id, lambda db, actor: referrals.create_referral(db, actor, data))
    assert version is not None, "a change names the version it was made on"
    return _write(ws, parent, case_id,
                  lambda db, actor: referrals.update_referral(db, actor, referral_id, version, data))


def discard_draft(ws: Workspace, *, parent: QObject, case_id: CaseId, referral_id: ReferralId,
                  version: int) -> CollectionOp:
    return _write(ws, parent, case_id, lambda db, actor: referrals.discard_draft(db, actor, referral_id, version))


def send_referral(ws: Workspace, *, parent: QObject, case_id: CaseId, referral_id: ReferralId, version: int,
                  data: dict) -> CollectionOp:
    return _write(ws, parent, case_id,
                  lambda db, actor: referrals.send_referral(db, actor, referral_id, version, data))


def advance_referral(ws: Workspace, *, parent: QObject, case_id: CaseId, referral_id: ReferralId, version: int,
                     status: ReferralStatus | str, data: dict) -> CollectionOp:
    return _write(ws, parent, case_id,
                  lambda db, actor: referrals.advance(db, actor, referral_id, version, status, data))


def read_facts(ws: Workspace, *, parent: QObject, case_id: CaseId) -> QueryOp:
    """The case's facts (None if none yet) and the form the screening suggests, in one read."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: (trafficking_facts.facts_of(db, actor, case_id),
                                                            trafficking_facts.suggested(db, actor, case_id)))


def save_facts(ws: Workspace, *, parent: QObject, version: int | None, data: dict) -> CollectionOp:
    """The case's facts, the first time (`version` None) or changed."""
    return CollectionOp(ws, parent=parent,
                        op=lambda db, actor: trafficking_facts.save_facts(db, actor, data, version))
