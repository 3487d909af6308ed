"""asylum.decision and asylum.decision_max — the state's deadlines (RULES.md section 3).

After the application for refugee status is registered, the interview and the
decision are due within three months; with further checks, at the latest one
year after registration [001:L53-L55]. Both met when a decision is recorded
(whatever its date: the deadlines bind the state, and the applicant's record
only needs to know the decision came). A refusal can be taken to court
[001:L55]; the sources give no deadline for that.

Decision: the version is the one in force on the registration date.
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_months
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import AsylumClaim

DECISION = "asylum.decision"
DECISION_MAX = "asylum.decision_max"


def asylum_obligations(claim: AsylumClaim, ruleset: RuleSet, as_of: date,
                       due_soon_days: int = DUE_SOON_DAYS) -> list[Obligation]:
    """The decision deadline and the latest possible decision date for an asylum claim."""
    found = []
    decided = claim.decided
    outcome = ("decided", {"decided": decided}) if decided else ("undecided", {})
    for rule, key in ((DECISION, "asylum_decision"), (DECISION_MAX, "asylum_decision_max")):
        version = ruleset.version_for(rule, claim.registered)
        if version is None:
            continue
        months = version.params["months"]
        due = add_months(claim.registered, months)
        found.append(Obligation.make(version, due, as_of, decided is not None, due_soon_days,
                                     (key, {"registered": claim.registered, "months": months, "due": due}), outcome))
    return found
