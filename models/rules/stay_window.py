"""stay.90_in_180 — at most 90 days in any 180-day window (RULES.md section 3).

Government Resolution No. 1146 of 31 Dec 2022 [004:L316], [003:L180]; the
visa-run regime ended on 27 Jan 2023 [003:L218]. The window for day d is
[d - 179, d]; the rule is broken on d if d is a counted presence day and more
than 90 counted days fall in its window. A presence day is counted only if it
belongs to a visa-free stay, some version of the rule is in force on it (days
before 27 Jan 2023 are not counted), no residence permit covers it
[003:L184], no contract covers it for an EAEU citizen [004:L316], and the
person's exempt category is not exempt on it (from 25 Feb 2024,
[002:L109-L120], rule data `stay.exempt_categories`).

Planning follows the EU short-stay calculator: the longest stay from a planned
entry e is the largest n with every window ending on e … e+n-1 at most 90.

Decisions where RULES.md leaves room:
- Parameters (90, 180, which groups' contracts exempt) come from one version:
  the one in force on the current stay's entry day, or, for a stay entered
  before the rule existed, the first version that came into force after the
  entry. Which days are counted depends only on whether some version is in
  force on the day. (With one default version the two coincide.)
- "Within three years": a breach is looked for up to `as_of` + 3 years
  (planning: the planned entry + 3 years), that day included.
- Planning takes the recorded stays as they are, an open stay ending on
  `as_of` (the person is assumed to leave today; record the planned exit for
  a sharper answer), and assumes the planned stay is visa-free. Only the
  windows of the planned days are checked, so a past overstay does not by
  itself make a plan impossible. The answer is None when no limit is reached
  within three years of the planned entry.
- Exempt categories exempt from this rule only, not from stay.per_entry:
  the source exempts them from "the stay of a total of 90 calendar days
  during each period of 180 calendar days" [002:L109].
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from models.kinds import StayBasis
from models.rules.dates import add_years
from models.rules.intervals import INF, DayCount, Span, intersect, merge, subtract
from models.rules.ruleset import RuleSet, RuleVersion
from models.rules.situation import Situation
from models.rules.stay import residence_spans

RULE = "stay.90_in_180"
EXEMPT_RULE = "stay.exempt_categories"
DEFAULT_WINDOW = 180
HORIZON_YEARS = 3


def governing_version(ruleset: RuleSet, entry: date) -> RuleVersion | None:
    """The version for a stay entered on `entry`: in force that day, else the first in force later."""
    return ruleset.version_for(RULE, entry) or ruleset.next_version(RULE, entry)


def summary_version(ruleset: RuleSet, on: date) -> RuleVersion | None:
    """The version whose window sizes the summary on `on` (in force, next, or last before)."""
    version = governing_version(ruleset, on)
    if version is None:
        versions = ruleset.versions_of(RULE)
        version = versions[-1] if versions else None
    return version


def exempt_spans(situation: Situation, ruleset: RuleSet, version: RuleVersion | None,
                 residence: list[Span] | None = None) -> list[Span]:
    """Days on which the person is exempt from the rule (residence permit, EAEU contract, category)."""
    if residence is None:
        residence = residence_spans(situation.permits) if situation.permits else []
    if not situation.contracts and situation.exempt_category is None:
        return residence
    spans = list(residence)
    if situation.contracts and version is not None and ruleset.in_groups(
            situation.citizenship, version.params["contract_groups"]):
        spans.extend((c.start.toordinal(), INF if c.end is None else c.end.toordinal())
                     for c in situation.contracts)
    if situation.exempt_category is not None:
        spans.extend((v.effective_from.toordinal(), INF if v.effective_to is None else v.effective_to.toordinal())
                     for v in ruleset.versions_of(EXEMPT_RULE) if situation.exempt_category in v.params["categories"])
    return merge(spans) if len(spans) > 1 else spans


def counted_days(situation: Situation, ruleset: RuleSet, version: RuleVersion | None, *,
                 open_until: int = INF, extra: Iterable[Span] = (),
                 residence: list[Span] | None = None) -> DayCount:
    """The counted presence days: visa-free stays (open ones to `open_until`) plus `extra` spans."""
    spans = [(s.entry.toordinal(), s.exit.toordinal() if s.exit is not None else max(s.entry.toordinal(), open_until))
             for s in situation.stays if s.basis == StayBasis.visa_free]
    spans.extend(extra)
    if not spans:
        return DayCount()
    in_force = ruleset.in_force_spans(RULE)
    excluded = exempt_spans(situation, ruleset, version, residence)
    if len(in_force) == 1 and not excluded:  # the usual case: one pass
        return DayCount.union(spans, *in_force[0])
    return DayCount(subtract(intersect(merge(spans), in_force), excluded))


def _limits(version: RuleVersion | None) -> tuple[int, int]:
    if version is None:
        return INF, DEFAULT_WINDOW
    return version.params["max_days"], version.params["window_days"]


def days_in_window(situation: Situation, ruleset: RuleSet, as_of: date) -> int:
    """Counted presence days in the window ending on `as_of`."""
    version = summary_version(ruleset, as_of)
    return counted_days(situation, ruleset, version).in_window(as_of.toordinal(), _limits(version)[1])


def overstay_days(situation: Situation, ruleset: RuleSet, as_of: date) -> int:
    """The largest excess over the limit of any window ending on a counted day up to `as_of`, or 0."""
    version = summary_version(ruleset, as_of)
    limit, window = _limits(version)
    return counted_days(situation, ruleset, version).worst_excess(as_of.toordinal(), limit, window)


def last_legal_day(situation: Situation, ruleset: RuleSet, entry: date, as_of: date) -> date | None:
    """Under this rule alone, the last day of continuous presence from `entry` on; None if not within 3 years."""
    version = governing_version(ruleset, entry)
    if version is None:
        return None
    limit, window = _limits(version)
    count = counted_days(situation, ruleset, version, extra=[(entry.toordinal(), INF)])
    breach = count.first_breach(entry.toordinal(), add_years(as_of, HORIZON_YEARS).toordinal(), limit, window)
    return None if breach is None else date.fromordinal(breach - 1)


def max_stay(situation: Situation, ruleset: RuleSet, entry: date, as_of: date) -> int | None:
    """The longest visa-free stay (days) from a planned `entry`; None if no limit within 3 years."""
    version = governing_version(ruleset, entry)
    if version is None:
        return None
    limit, window = _limits(version)
    start = entry.toordinal()
    # Open stays end on as_of for planning (an open stay entered later: on its entry day).
    count = counted_days(situation, ruleset, version, open_until=as_of.toordinal(), extra=[(start, INF)])
    breach = count.first_breach(start, add_years(entry, HORIZON_YEARS).toordinal(), limit, window)
    return None if breach is None else breach - start


def earliest_entry(situation: Situation, ruleset: RuleSet, days: int, not_before: date, as_of: date) -> date | None:
    """The first entry date on or after `not_before` allowing a visa-free stay of `days`; None within 3 years."""
    if days < 1:
        raise ValueError("days must be at least 1")
    entry = not_before
    last = add_years(not_before, HORIZON_YEARS)
    one = timedelta(days=1)
    # Not monotonic in general (a residence permit can make an earlier entry
    # better than a later one), so try each day; planning is not a hot path.
    while entry <= last:
        longest = max_stay(situation, ruleset, entry, as_of)
        if longest is None or longest >= days:
            return entry
        entry += one
    return None
