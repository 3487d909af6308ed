"""What comes from the office besides cases: accounts (password changes, lockouts, deactivations) and
rule versions. Called at every sync (models.sync.laptop) and after enrolment."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import insert, select, update

from models.clock import utcnow
from models.db import Database
from models.entities import Base, OfficeEnrolment
from models.sync import SyncError
from models.sync.client import OfficeClient
from models.sync.enrolment import required_enrolment


def _ask(database: Database, client: OfficeClient | None, path: str) -> object:
    """GET `path` at the office, on the caller's connection, or on one of its own closed after it."""
    enrolment = required_enrolment(database)  # refused in words on a laptop that is not enrolled
    if client is not None:
        return client.get(path)
    with enrolment.client() as own:
        return own.get(path)


def refresh_accounts(database: Database, client: OfficeClient | None = None) -> int:
    """Apply the office's accounts on this laptop; returns how many changed."""
    from models.server.accounts import apply_on_laptop

    answer = _ask(database, client, "/accounts")
    if not isinstance(answer, dict) or not isinstance(answer.get("accounts"), list):
        raise SyncError("The office's list of accounts was not readable.", "bad_answer")
    changed = apply_on_laptop(database, answer["accounts"])
    with database.transaction() as session:
        session.execute(update(OfficeEnrolment).where(OfficeEnrolment.id == 1).values(accounts_at=utcnow()))
    return changed


def change_password(database: Database, old_password: str, new_password: str) -> None:
    """The enrolled user's new password, set at the office (the source of truth for accounts) and then here.

    Raises SyncError (code `password_refused` with the office's words, or the connection's errors): an enrolled
    laptop's password is not changed offline, where the next sync would put the office's back."""
    enrolment = required_enrolment(database)
    with enrolment.client() as client:
        client.post("/password", {"old_password": old_password, "new_password": new_password})
        refresh_accounts(database, client)


def refresh_rules(database: Database, client: OfficeClient | None = None) -> int:
    """Apply the rule versions an administrator added at the office; returns how many changed (the laptop's
    stored deadlines are recomputed when any did: they are derived from the rules)."""
    answer = _ask(database, client, "/rules")
    rows = answer.get("rule_versions") if isinstance(answer, dict) else None
    if not isinstance(rows, list):
        raise SyncError("The office's rule versions were not readable.", "bad_answer")
    table = Base.metadata.tables["rule_versions"]
    changed = 0
    with database.transaction() as session:
        stored = {row.id: row for row in session.execute(select(table))}
        for raw in rows:
            values = _rule_values(raw)
            row = stored.get(values["id"])
            if row is None:
                session.execute(insert(table).values(**values))
                changed += 1
            elif any(getattr(row, name) != value for name, value in values.items()):
                session.execute(update(table).where(table.c.id == values["id"]).values(**values))
                changed += 1
    if changed:
        from models.services import deadlines

        deadlines.recompute_all(database)
    return changed


def _rule_values(raw: dict[str, Any]) -> dict[str, Any]:
    def day(text: str | None) -> dt.date | None:
        return dt.date.fromisoformat(text) if text else None

    def moment(text: str | None) -> dt.datetime | None:
        return dt.datetime.fromisoformat(text) if text else None

    return {"id": uuid.UUID(raw["id"]), "rule": raw["rule"], "params": raw["params"],
            "effective_from": day(raw["effective_from"]), "effective_to": day(raw.get("effective_to")),
            "citation": raw["citation"], "verification": raw.get("verification") or "",
            "created_at": moment(raw["created_at"]), "updated_at": moment(raw["updated_at"]),
            "version": int(raw["version"]), "archived_at": moment(raw.get("archived_at"))}
