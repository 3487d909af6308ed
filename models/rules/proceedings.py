"""proceedings.appeal — appeal an administrative decision (RULES.md section 3).

An expert: a foreigner sits in pre-trial detention "for 10 days" until there
is time to appeal a court act, then is deported [004:L815]; almost every
foreigner brought to administrative responsibility is found liable, and
expulsion follows slight violations [004:L797]. So the obligation's
explanation says that legal aid should be offered. `due = decided + 10 days`
(the decision day is day 0); met when an appeal date is recorded on or
before `as_of`. One obligation per decision.

Decisions where RULES.md leaves room:
- The version is the one in force on the decision date.
- An appeal recorded after `due` is done too (met), with `days_late`, as a
  late registration is: the case keeps the fact, the alert goes away.
- An appeal dated after `as_of` is a plan, not yet a fact: not met.
- Which decisions start the period is the caller's: the application passes
  only decisions finding the person liable (models.services.deadlines); the
  JSON contract's `proceedings` list is taken as such decisions.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_days
from models.rules.messages import Fragment
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import Proceeding

RULE = "proceedings.appeal"


def appeal_obligations(proceedings: Sequence[Proceeding], ruleset: RuleSet, as_of: date,
                       due_soon_days: int = DUE_SOON_DAYS) -> list[Obligation]:
    """The appeal deadline of each decision."""
    found = []
    for proceeding in proceedings:
        version = ruleset.version_for(RULE, proceeding.decided)
        if version is None:
            continue
        days, day_kind = version.params["days"], version.params["day_kind"]
        due = add_days(proceeding.decided, days, day_kind)
        appealed = proceeding.appealed if proceeding.appealed is not None and proceeding.appealed <= as_of else None
        first = (f"appeal_{day_kind}", {"decided": proceeding.decided, "days": days, "due": due})
        late = None
        second: Fragment
        if appealed is None:
            second = ("appeal_legal_aid", {})
        elif appealed > due:
            late = (appealed - due).days
            second = ("appealed_late", {"appealed": appealed, "late": late})
        else:
            second = ("appealed", {"appealed": appealed})
        found.append(Obligation.make(version, due, as_of, appealed is not None, due_soon_days, first, second,
                                     days_late=late))
    return found
