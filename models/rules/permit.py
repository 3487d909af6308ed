"""permit.expiry — every document with a validity end (RULES.md section 3).

For each visa, residence permit, work permit, patent, refugee or
asylum-seeker certificate with a `valid_to`: `due = valid_to`, met once a
newer document of the same kind covers the day after. A document without
`valid_to` (a permanent residence permit) has no obligation. C4 work visa:
90 days single or 3 years multiple entry [000:L460]; work permits up to three
years [000:L346], one year in practice [004:L749].

Decisions: the version is the one in force on `valid_to` (the event). A
document is also met when it is no longer due (RULES.md section 1): the person
left Kazakhstan on or before `valid_to` (a recorded exit on or before `as_of`:
a planned exit is not a fact yet, and the stay it would end goes on) and the recorded stays do not put them in the
country on the day after. Without any recorded stay nothing is known about
presence, so the document stays due until renewed.
"""
from __future__ import annotations

from datetime import date, timedelta

from models.rules.dates import DUE_SOON_DAYS
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import Situation, Stay

RULE = "permit.expiry"
_ONE_DAY = timedelta(days=1)


def permit_obligations(situation: Situation, ruleset: RuleSet, as_of: date,
                       due_soon_days: int = DUE_SOON_DAYS) -> list[Obligation]:
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
        left = None if renewed else left_before(situation.stays, permit.valid_to, as_of)
        if renewed:
            fragments.append(("renewed", {"kind": permit.kind, "next": next_day}))
        elif left is not None:
            fragments.append(("left_before_expiry", {"exit": left}))
        found.append(Obligation.make(version, permit.valid_to, as_of, renewed or left is not None, due_soon_days,
                                     *fragments))
    return found


def left_before(stays: tuple[Stay, ...], last_day: date, as_of: date) -> date | None:
    """The day the person left, if they left on or before `last_day` and were not back the day after.

    Only facts count: what is dated after `as_of` is a plan. A stay entered by `as_of` whose exit is
    planned goes on as far as anyone knows (so a planned exit never makes the document met, and an
    older exit before that stay does not either); a stay entered after `as_of` has not begun."""
    facts = [(s.entry, s.exit if s.exit is not None and s.exit <= as_of else None)
             for s in stays if s.entry <= as_of]
    next_day = last_day + _ONE_DAY
    if any(entry <= next_day and (exit is None or exit >= next_day) for entry, exit in facts):
        return None
    exits = [exit for _, exit in facts if exit is not None and exit <= last_day]
    return max(exits) if exits else None
