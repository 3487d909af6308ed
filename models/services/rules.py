"""Adding a version of a rule; the rule set in force itself is `services.rules_in_force` (re-exported)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from models.changes import Changes, Done
from models.connection import Database
from models.entities import Role, RuleVersionRecord
from models.rules.ruleset import RuleDataError
from models.services import deadlines
from models.services.base import Actor, create, done, writing
from models.services.errors import FieldError, ValidationFailed
from models.services.permissions import require
from models.services.rules_in_force import as_version, ruleset, ruleset_in  # noqa: F401  (as before the move)

if TYPE_CHECKING:
    from models.schemas.rules import RuleVersionOut


def add_rule_version(db: Database, actor: Actor, data: Any) -> Done[RuleVersionOut]:
    """Store a new version of a rule; every person's obligations are then recomputed."""
    # Here rather than at the top: pydantic and the schemas would cost every read of the rule set 0.1 s.
    from models.schemas.rules import RuleVersionIn, RuleVersionOut
    from models.schemas.validation import validate

    data = validate(RuleVersionIn, data)
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="add a rule version")
        try:  # the engine must be able to use it: refuse it now rather than fail later
            ruleset_in(session).with_versions([as_version(RuleVersionRecord(**data.model_dump()))])
        except RuleDataError as error:
            raise ValidationFailed([FieldError.of("params", "Parameters", "field.invalid", reason=str(error))]) from None
        saved = done(session, RuleVersionOut.model_validate(create(session, RuleVersionRecord, data, actor)),
                     Changes(deadlines=True))  # every person's: no ids
    deadlines.recompute_all(db)
    return saved
