"""citizenship.eligible — when a person may apply for citizenship (RULES.md section 3).

Law on Citizenship (1991, updated 2021), Art. 16 [000:L336]: after five years
of permanent residence, or three years of marriage to a citizen; kandas
regardless of the length of stay. Informational: `due` is the first day the
person is eligible, and the status is met once that day has come.

Decisions: the version is the one in force on `as_of` (eligibility is judged
under the law of the day); with several grounds the earliest date wins; a
kandas is eligible on `as_of` itself.
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_years
from models.rules.messages import Fragment
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet

RULE = "citizenship.eligible"


def citizenship_eligible(ruleset: RuleSet, as_of: date, *, permanent_residence_since: date | None = None,
                         married_to_citizen_since: date | None = None, kandas: bool = False,
                         due_soon_days: int = DUE_SOON_DAYS) -> Obligation | None:
    """The first day the person may apply for citizenship, or None without any ground (or rule)."""
    version = ruleset.version_for(RULE, as_of)
    if version is None:
        return None
    params = version.params
    options: list[tuple[date, Fragment]] = []
    if kandas:
        options.append((as_of, ("citizenship_kandas", {})))
    if permanent_residence_since is not None:
        years = params["permanent_residence_years"]
        due = add_years(permanent_residence_since, years)
        options.append((due, ("citizenship_residence", {"since": permanent_residence_since, "years": years,
                                      "due": due})))
    if married_to_citizen_since is not None:
        years = params["marriage_years"]
        due = add_years(married_to_citizen_since, years)
        options.append((due, ("citizenship_marriage", {"since": married_to_citizen_since, "years": years,
                                      "due": due})))
    if not options:
        return None
    due, reason = min(options, key=lambda option: option[0])
    return Obligation.make(version, due, as_of, due <= as_of, due_soon_days, reason)
