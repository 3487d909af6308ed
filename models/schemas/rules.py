"""Input and output of a rule version an administrator adds (RULES.md: every rule is versioned)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import Field, field_validator

from models.rules.ruleset import PARAMETERS
from models.schemas.common import OUTPUT_CONFIG, Input, Output, not_before
from models.schemas.validation import invalid


class RuleVersionIn(Input):
    rule: str
    effective_from: dt.date
    effective_to: dt.date | None = None
    params: dict[str, Any]
    citation: Annotated[str, Field(min_length=1)]
    verification: str = ""

    _ends_after_start = field_validator("effective_to")(not_before("effective_from", "first day in force"))

    @field_validator("rule")
    @classmethod
    def _known_rule(cls, value: str) -> str:
        if value not in PARAMETERS:
            raise invalid("enum", expected=", ".join(PARAMETERS))
        return value


class RuleVersionOut(Output, RuleVersionIn):
    model_config = OUTPUT_CONFIG


