"""permit.expiry — every document with a validity end (RULES.md section 3).

For each visa, residence permit, work permit, patent, refugee or
asylum-seeker certificate with a `valid_to`: `due = valid_to`, met once a
newer document of the same kind covers the day after. A document without
`valid_to` (a permanent residence permit) has no obligation. C4 work visa:
90 days single or 3 years multiple entry [000:L460]; work permits up to three
years [000:L346], one year in practice [004:L749].

Decisions: the version is the one in force on `valid_to` (the event). An
expired document that was never renewed stays overdue even if the person has
since left (RULES.md: met only once renewed; the product warns early rather
than late).
"""
from __future__ import annotations

from datetime import date, timedelta

from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import Situation

RULE = "permit.expiry"
_ONE_DAY = timedelta(days=1)


def permit_obligations(situation: Situation, ruleset: RuleSet, as_of: date,
                       due_soon_days: int = 7) -> list[Obligation]:
    """One obligation per document with a validity end."""
    permits = situation.permits
    if not permits:
        return []
    found = []
    for index, permit in enumerate(permits):
        if permit.valid_to is None or permit.valid_to == date.max:  # 9999-12-31: a database's "no end"
            continue
        version = ruleset.version_for(RULE, permit.valid_to)
        if version is None:
            continue
        next_day = permit.valid_to + _ONE_DAY
        renewed = any(other is not permit and other.kind == permit.kind and other.valid_from <= next_day
                      and (other.valid_to is None or other.valid_to >= next_day)
                      for other in permits[:index] + permits[index + 1:])
        fragments = [("permit_expiry", {"kind": permit.kind, "due": permit.valid_to})]
        if renewed:
            fragments.append(("renewed", {"kind": permit.kind, "next": next_day}))
        found.append(Obligation.make(version, permit.valid_to, as_of, renewed, due_soon_days, *fragments))
    return found
