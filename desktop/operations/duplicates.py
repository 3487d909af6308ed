"""Likely duplicates: the supervisor's review, "not the same person", merging and undoing a merge."""
from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QObject

from desktop.operations import CollectionOp, QueryOp
from desktop.workspace import Workspace
from models.ids import PersonId
from models.services import duplicates as service
from models.services.duplicates import LikelyPair, MergeOut


def likely_pairs(ws: Workspace, *, parent: QObject, label: str) -> QueryOp[list[LikelyPair]]:
    return QueryOp(ws, parent=parent, op=service.likely_pairs).with_progress(label)


def not_the_same(ws: Workspace, *, parent: QObject, first: PersonId, second: PersonId) -> CollectionOp[None]:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.not_the_same(db, actor, first, second))


def merge(ws: Workspace, *, parent: QObject, kept_id: PersonId, kept_version: int,
          merged_id: PersonId, merged_version: int, take_from_merged: Iterable[str]) -> CollectionOp[MergeOut]:
    fields = list(take_from_merged)
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.merge(
        db, actor, kept_id, merged_id, kept_version=kept_version, merged_version=merged_version,
        take_from_merged=fields))


def undo_merge(ws: Workspace, *, parent: QObject, merge_id: uuid.UUID) -> CollectionOp[MergeOut]:
    return CollectionOp(ws, parent=parent, op=lambda db, actor: service.undo_merge(db, actor, merge_id))
