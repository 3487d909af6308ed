"""The rule set in force: the shipped defaults plus the versions an administrator added."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db import Database
from models.entities import Role, RuleVersionRecord
from models.rules.ruleset import RuleDataError, RuleSet, RuleVersion, load_default_ruleset
from models.services.base import Actor, create, writing
from models.services.errors import FieldError, ValidationFailed
from models.services.permissions import require

if TYPE_CHECKING:
    from models.schemas.rules import RuleVersionOut

# One built rule set per database, rebuilt when the stored versions change.
_cache: dict[str, tuple[tuple, RuleSet]] = {}


def _as_version(record: RuleVersionRecord) -> RuleVersion:
    return RuleVersion.create(record.rule, record.effective_from, record.params, record.citation,
                              record.verification, record.effective_to)


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
        cached = _cache[key] = (stamp, load_default_ruleset().with_versions(_as_version(r) for r in stored))
    return cached[1]


def ruleset(db: Database) -> RuleSet:
    with db.reading() as session:
        return ruleset_in(session)


def add_rule_version(db: Database, actor: Actor, data: Any) -> RuleVersionOut:
    """Store a new version of a rule; every person's obligations are then recomputed."""
    # Here rather than at the top: pydantic and the schemas would cost every read of the rule set 0.1 s.
    from models.schemas.rules import RuleVersionIn, RuleVersionOut
    from models.schemas.validation import validate
    from models.services import deadlines

    data = validate(RuleVersionIn, data)
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="add a rule version")
        try:  # the engine must be able to use it: refuse it now rather than fail later
            ruleset_in(session).with_versions([_as_version(RuleVersionRecord(**data.model_dump()))])
        except RuleDataError as error:
            raise ValidationFailed([FieldError.of("params", "Parameters", "field.invalid", reason=str(error))]) from None
        saved = RuleVersionOut.model_validate(create(session, RuleVersionRecord, data, actor))
    deadlines.recompute_all(db)
    return saved
