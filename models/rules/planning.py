"""The stay planner: the longest stay from a planned entry under every stay limit (RULES.md, Planning).

For a planned visa-free entry on `e` the answer is the largest `n` such that
presence on `e … e+n-1` breaks no limit that would apply to it:
- stay.90_in_180: every 180-day window of the planned days stays at 90 or
  less (the EU short-stay calculator's arithmetic, `stay_window.max_stay`);
- stay.per_entry: `n ≤ 30` for a national under it (not EAEU); `n ≤ 90` for a
  REGISTER_30 national (TJK), who is taken to register in time: the answer
  says so (`assumes_registration`), and the caseworker tells them to.

The answer names the limit that binds (both when they give the same day).
A planner that answered 90/180 alone would tell an Uzbek citizen "90 days"
where the law allows 30.

Decisions where RULES.md leaves room:
- The per-entry version is the one in force on the planned entry day; none
  in force (before 2017): no per-entry limit.
- As for a recorded stay, a day after the per-entry limit covered by a
  residence permit does not break it; the limit bites again when the permit
  ends (so a permit holder may be told more than 30 days).
- "No limit within three years" of the planned entry (a Kazakh citizen, or
  every limit out of reach): `days` is None.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.rules import stay as per_entry_rule
from models.rules import stay_window
from models.rules.dates import add_years
from models.rules.intervals import INF, covered_until
from models.rules.ruleset import RuleSet
from models.rules.situation import Situation

HOME = "KAZ"


@dataclass(frozen=True, slots=True)
class StayPlan:
    """How long the person may stay if they enter on `entry`, and which limit says so."""

    entry: date
    days: int | None  # None: no limit within three years; 0: they may not enter then
    binding: tuple[str, ...] = ()  # the rules whose limit gives `days` (stay.per_entry, stay.90_in_180)
    assumes_registration: bool = False  # more than 30 days only because a REGISTER_30 national registers in time


def per_entry_days(situation: Situation, ruleset: RuleSet, entry: date) -> tuple[int | None, bool]:
    """The per-entry limit in days on a visa-free stay from `entry` (None: none applies), and whether it
    is longer than 30 days only because a REGISTER_30 national is taken to register in time."""
    version = ruleset.version_for(per_entry_rule.RULE, entry)
    if version is None:
        return None, False
    if ruleset.in_groups(situation.citizenship, version.params["exempt_groups"]):
        return None, False
    days = version.params["days"]
    longer = ruleset.version_for(per_entry_rule.REGISTERED, entry)
    registered = (longer is not None and ruleset.in_groups(situation.citizenship, longer.params["groups"])
                  and longer.params["days"] > days)
    if registered:
        assert longer is not None  # for mypy: checked just above
        days = longer.params["days"]
    start = entry.toordinal()
    residence = per_entry_rule.residence_spans(situation.permits)
    covered = covered_until(residence, start + days)  # the day after the limit, and on while a permit covers
    if covered >= INF:
        return None, False
    if covered >= start + days:
        return covered + 1 - start, False  # the permit, not the registration, carries the stay on
    return days, registered


def plan_stay(situation: Situation, ruleset: RuleSet, entry: date, as_of: date) -> StayPlan:
    """The longest visa-free stay from a planned `entry`, under every stay limit that applies to it."""
    if situation.citizenship == HOME:
        return StayPlan(entry, None)
    limits: dict[str, int] = {}
    window = stay_window.max_stay(situation, ruleset, entry, as_of)
    if window is not None:
        limits[stay_window.RULE] = window
    per_entry, registered = per_entry_days(situation, ruleset, entry)
    horizon = add_years(entry, stay_window.HORIZON_YEARS).toordinal() - entry.toordinal()  # breach by then
    if per_entry is not None and per_entry <= horizon:
        limits[per_entry_rule.RULE] = per_entry
    if not limits:
        return StayPlan(entry, None)
    days = min(limits.values())
    binding = tuple(rule for rule in (per_entry_rule.RULE, stay_window.RULE) if limits.get(rule) == days)
    # Registration matters only where the per-entry limit binds (90/180 shorter: it does not).
    return StayPlan(entry, days, binding, registered and per_entry_rule.RULE in binding)
