"""quota.employer_request — employers' foreign labour needs by 1 October (RULES.md section 3).

Rules for the Establishment of Quotas on Foreign Labour (2016, updated 2022):
employers submit next year's foreign labour needs by 1 October of each year
[000:L418], [000:L448]: `due = 1 October` of the current year (the year of
`as_of`). Met when submitted in that year on or before the due date.

Decision: the version is the one in force on the due date.
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet

RULE = "quota.employer_request"


def employer_request(ruleset: RuleSet, as_of: date, submitted: date | None = None,
                     due_soon_days: int = DUE_SOON_DAYS) -> Obligation | None:
    """This year's deadline for an employer's request for foreign labour."""
    # The due date depends on the version, so pick the newest version in force on its own due date.
    version = None
    for candidate in reversed(ruleset.versions_of(RULE)):
        if candidate.in_force(date(as_of.year, candidate.params["month"], candidate.params["day"])):
            version = candidate
            break
    if version is None:
        return None
    due = date(as_of.year, version.params["month"], version.params["day"])
    met = submitted is not None and submitted.year == due.year and submitted <= due and submitted <= as_of
    fragments = [("employer_request", {"next_year": due.year + 1, "due": due})]
    if met:
        fragments.append(("submitted", {"submitted": submitted}))
    return Obligation.make(version, due, as_of, met, due_soon_days, *fragments)
