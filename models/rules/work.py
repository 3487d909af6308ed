"""work.job_search — skilled migrants' three months to find a job (RULES.md section 3).

The 2015 amendments allow skilled migrants an employment search period of
three months [004:L142]: `due = start + 3 months`. Met when a job is found
on or before the due date.

Decision: the version is the one in force on the start of the search.
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_months
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet

RULE = "work.job_search"


def job_search(start: date, ruleset: RuleSet, as_of: date, found: date | None = None,
               due_soon_days: int = DUE_SOON_DAYS) -> Obligation | None:
    """The end of the job-search period that began on `start`; None before the rule existed."""
    version = ruleset.version_for(RULE, start)
    if version is None:
        return None
    months = version.params["months"]
    due = add_months(start, months)
    met = found is not None and found <= due and found <= as_of
    fragments = [("job_search", {"start": start, "months": months, "due": due})]
    if met:
        fragments.append(("job_found", {"found": found}))
    return Obligation.make(version, due, as_of, met, due_soon_days, *fragments)
