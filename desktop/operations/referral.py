"""Referral letters and the consent check before sending (the trafficking tab's writes are in
`desktop/trafficking/operations.py`)."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from desktop.operations import QueryOp
from desktop.workspace import Workspace
from models.ids import ReferralId
from models.services import referral_letters, referrals
from models.services.referral_letters import Made
from models.services.referrals import ConsentCheck, ReferralRow


def consent_check(ws: Workspace, *, parent: QObject, referral_id: ReferralId) -> QueryOp[ConsentCheck]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: referrals.consent_check(db, actor, referral_id))


def referral_rows(ws: Workspace, *, parent: QObject) -> QueryOp[list[ReferralRow]]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: referrals.referral_rows(db, actor))


def preview(ws: Workspace, *, parent: QObject, referral_id: ReferralId, lang) -> QueryOp[Made]:
    return QueryOp(ws, parent=parent, op=lambda db, actor: referral_letters.make(db, actor, referral_id, lang,
                                                                                output="preview"))


def record_output(ws: Workspace, *, parent: QObject, referral_id: ReferralId, lang, output, parts) -> QueryOp:
    """The letter printed or saved, in the audit trail first (a write)."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: referral_letters.record_output(
        db, actor, referral_id, lang, output, parts)).in_lane("write")


def letters(ws: Workspace, *, parent: QObject, referral_ids: Sequence[uuid.UUID], lang, output,
            progress: Callable[[int, int], None]) -> QueryOp:
    """Many letters at once (audited: on the write lane)."""
    return QueryOp(ws, parent=parent, op=lambda db, actor: referral_letters.letters(
        db, actor, referral_ids, lang, output, progress=progress)).in_lane("write")
