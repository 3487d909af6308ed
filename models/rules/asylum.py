"""asylum.apply_by, asylum.decision and asylum.decision_max (RULES.md section 3).

asylum.apply_by: a person who seeks asylum applies within five calendar days
[004:L811]. RULES.md's product decision: counted from the entry of the current
stay, `due = entry + 5 days` (the entry day is day 0, as for every "within N
days of X"), listed only while the person seeks asylum and has not applied
(`AsylumClaim.registered` is None) and is present on `as_of`. It is never
"met": once an application date is recorded, the claim's decision deadlines
take over and apply_by is no longer listed.

After the application for refugee status is registered, the interview and the
decision are due within three months; with further checks, at the latest one
year after registration [001:L53-L55]. Both met when a decision is recorded
(whatever its date: the deadlines bind the state, and the applicant's record
only needs to know the decision came). A refusal can be taken to court
[001:L55]; the sources give no deadline for that.

Decisions:
- The version is the one in force on the registration date (decision rules)
  or on the entry date (apply_by): the event that starts the period.
- apply_by is not listed when no stay is current on `as_of` (the person is
  abroad, or no stay is recorded): RULES.md lists it "and the person is
  present", and with no entry there is nothing to count from.
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_days, add_months
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import AsylumClaim, Stay

APPLY_BY = "asylum.apply_by"
DECISION = "asylum.decision"
DECISION_MAX = "asylum.decision_max"


def asylum_obligations(claim: AsylumClaim, ruleset: RuleSet, as_of: date,
                       due_soon_days: int = DUE_SOON_DAYS, current: Stay | None = None) -> list[Obligation]:
    """The application deadline of a person who seeks asylum (in the country on `current`), or the decision
    deadline and the latest possible decision date of a registered claim."""
    registered = claim.registered
    if registered is None:
        return _apply_by(current, ruleset, as_of, due_soon_days)
    found = []
    decided = claim.decided
    outcome = ("decided", {"decided": decided}) if decided else ("undecided", {})
    for rule, key in ((DECISION, "asylum_decision"), (DECISION_MAX, "asylum_decision_max")):
        version = ruleset.version_for(rule, registered)
        if version is None:
            continue
        months = version.params["months"]
        due = add_months(registered, months)
        found.append(Obligation.make(version, due, as_of, decided is not None, due_soon_days,
                                     (key, {"registered": registered, "months": months, "due": due}), outcome))
    return found


def _apply_by(current: Stay | None, ruleset: RuleSet, as_of: date, due_soon_days: int) -> list[Obligation]:
    if current is None:
        return []
    version = ruleset.version_for(APPLY_BY, current.entry)
    if version is None:
        return []
    days, day_kind = version.params["days"], version.params["day_kind"]
    due = add_days(current.entry, days, day_kind)
    return [Obligation.make(version, due, as_of, False, due_soon_days,
                            (f"asylum_apply_by_{day_kind}", {"entry": current.entry, "days": days, "due": due}),
                            ("asylum_not_applied", {}))]
