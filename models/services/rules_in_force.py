"""The rule set in force: the shipped defaults plus the versions an administrator added.

Read by the deadlines, the alerts and the quota; `services.rules` (adding a version, then recomputing
every person's deadlines) builds on it (issue 13 item 8: the cycle rules ↔ deadlines broken).
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.connection import Database
from models.entities import RuleVersionRecord
from models.rules.ruleset import RuleSet, RuleVersion, load_default_ruleset

# One built rule set per database, rebuilt when the stored versions change.
_cache: dict[str, tuple[tuple, RuleSet]] = {}


def as_version(record: RuleVersionRecord) -> RuleVersion:
    return RuleVersion.from_record(record)


def ruleset_in(session: Session) -> RuleSet:
    """Defaults with the stored versions laid over them (a stored version with the same rule and
    effective date as a default one replaces it)."""
    live = RuleVersionRecord.archived_at.is_(None)
    stamp = tuple(session.execute(
        select(func.count(), func.max(RuleVersionRecord.updated_at)).where(live)).one())
    key = str(session.get_bind().engine.url)
    cached = _cache.get(key)
    if cached is None or cached[0] != stamp:
        stored = session.scalars(select(RuleVersionRecord).where(live)).all()
        cached = _cache[key] = (stamp, load_default_ruleset().with_versions(as_version(r) for r in stored))
    return cached[1]


def ruleset(db: Database) -> RuleSet:
    with db.reading() as session:
        return ruleset_in(session)
