"""The trafficking tab's reads and writes, one keyword-only function each, as in `desktop/operations`.

Each write's service says what it changed (`referral`, for its case): the tab reloads, and nothing
else needs to.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp
from desktop.workspace import Workspace
from models.db import Database
from models.entities import ReferralStatus
from models.services import cases, consent, directory, referrals, screening
from models.services.base import Actor, today
from models.services.follow_ups import FollowUp, follow_ups


@dataclass(frozen=True)
class TraffickingFile:
    """Everything the tab shows, read in one background operation."""

    case_id: uuid.UUID
    caseworker_id: uuid.UUID | None
    screenings: list
    assessments: list
    consents: list
    referrals: list
    organisations: dict  # id -> OrganisationOut, the live directory and any organisation a record names
    attachments: list
    follow_ups: dict[uuid.UUID, FollowUp]
    today: dt.date

    def organisation_name(self, organisation_id: uuid.UUID | None) -> str:
        found = self.organisations.get(organisation_id)
        return found.name if found is not None else ""

    def covered_parts(self, organisation_id: uuid.UUID | None, on: dt.date | None = None) -> set[str]:
        """What the consents in force let the case share with this organisation."""
        on = on or self.today
        return {part for c in self.consents
                if c.purpose == "share_data" and c.organisation_id == organisation_id and c.in_force(on)
                for part in c.scope}


def read_file(db: Database, actor: Actor, case_id: uuid.UUID) -> TraffickingFile:
    case = cases.get_case(db, actor, case_id)
    found_referrals = referrals.referrals_of(db, actor, case_id)
    found_consents = consent.consents_of(db, actor, case_id)
    organisations = {o.id: o for o in directory.organisations(db, actor)}
    for named in {r.organisation_id for r in found_referrals} | {c.organisation_id for c in found_consents}:
        if named is not None and named not in organisations:  # archived from the directory since
            organisations[named] = directory.get_organisation(db, actor, named)
    with db.reading() as session:
        waiting = {f.referral_id: f for f in follow_ups(session, today(), actor) if f.case_id == case_id}
    return TraffickingFile(case_id, case.caseworker_id, screening.screenings_of(db, actor, case_id),
                           screening.assessments_of(db, actor, case_id), found_consents, found_referrals,
                           organisations, cases.attachments_of(db, actor, case_id), waiting, today())


def _write(ws: Workspace, parent: QObject, case_id: uuid.UUID, op) -> CollectionOp:
    return CollectionOp(ws, parent=parent, op=op)


def record_screening(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, data: dict) -> CollectionOp:
    data = data | {"case_id": case_id}
    return _write(ws, parent, case_id, lambda db, actor: screening.record_screening(db, actor, data))


def record_assessment(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, data: dict) -> CollectionOp:
    data = data | {"case_id": case_id}
    return _write(ws, parent, case_id, lambda db, actor: screening.record_assessment(db, actor, data))


def record_consent(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, data: dict) -> CollectionOp:
    data = data | {"case_id": case_id}
    return _write(ws, parent, case_id, lambda db, actor: consent.record_consent(db, actor, data))


def withdraw_consent(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, consent_id: uuid.UUID, version: int,
                     data: dict) -> CollectionOp:
    return _write(ws, parent, case_id,
                  lambda db, actor: consent.withdraw_consent(db, actor, consent_id, version, data))


def save_referral(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, referral_id: uuid.UUID | None,
                  version: int | None, data: dict) -> CollectionOp:
    """A new draft (referral_id None), or a change to a draft."""
    data = data | {"case_id": case_id}
    if referral_id is None:
        return _write(ws, parent, case_id, lambda db, actor: referrals.create_referral(db, actor, data))
    return _write(ws, parent, case_id,
                  lambda db, actor: referrals.update_referral(db, actor, referral_id, version, data))


def discard_draft(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, referral_id: uuid.UUID,
                  version: int) -> CollectionOp:
    return _write(ws, parent, case_id, lambda db, actor: referrals.discard_draft(db, actor, referral_id, version))


def send_referral(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, referral_id: uuid.UUID, version: int,
                  data: dict) -> CollectionOp:
    return _write(ws, parent, case_id,
                  lambda db, actor: referrals.send_referral(db, actor, referral_id, version, data))


def advance_referral(ws: Workspace, *, parent: QObject, case_id: uuid.UUID, referral_id: uuid.UUID, version: int,
                     status: ReferralStatus | str, data: dict) -> CollectionOp:
    return _write(ws, parent, case_id,
                  lambda db, actor: referrals.advance(db, actor, referral_id, version, status, data))
