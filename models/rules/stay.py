"""stay.per_entry, and the other limits on one stay (RULES.md section 3).

stay.per_entry — a visa-free national (not EAEU) may stay 30 days per entry:
the entry day is day 1, so the last legal day is `entry + 29` (Res. 838 of
23 Dec 2016 [004:L148]; in force in 2023 [003:L180]). A REGISTER_30 national
(TJK, EAEU) registered on or before `entry + 30` may stay 90 days
(`entry + 89`) [001:L37]. A day after the limit covered by a residence
permit does not break it; the limit bites again once the permit ends. A work
permit or patent does not: it is a permission to work, and the sources lift
the limit only for a visa or a temporary residence permit [003:L184] (issue
28 item 6 — the explanation says "30 days per entry apply until a temporary
residence permit is recorded").

The stay's documents — a stay based on a visa lasts only as long as the visa
[003:L184].

Decisions where RULES.md leaves room (see also `models.rules.engine`):
- The current stay is the one the person is in on `as_of`; if several stays
  contain `as_of`, the one with the latest entry (a same-day exit and
  re-entry starts a new stay), then the open or later-ending one.
- The version of stay.per_entry is the one in force on the entry day; a stay
  entered before the first version has no per-entry limit.
- Only registrations dated within the stay (entry to exit), on or before
  `entry + 30` and on or before `as_of` (a later date is a plan, not a
  fact) earn the 90 days.
- The 90 days after registration are a rule of their own,
  `stay.per_entry_registered` [001:L37] (issue 28: the source cited is the
  one applied — an Uzbek's 30 days cite Res. 838 alone); the obligation stays
  `stay.per_entry` and names that version when it applies.
- Document limit: for a stay based on a visa, the last day of unbroken
  coverage, from the entry day on, by visas and residence permits (a
  residence permit also makes the stay lawful [003:L184]). The same is
  applied to a stay based on a residence permit. If no document recorded
  covers the entry day, no document limit is computed (data missing, not an
  overstay). Stays based on refugee or asylum-seeker status, diplomatic or
  other grounds have no stay limit here: their own rules track them.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from models.kinds import RESIDENCE_PERMITS, PermitKind, StayBasis
from models.rules.intervals import INF, Span, covered_until, merge
from models.rules.ruleset import RuleSet, RuleVersion
from models.rules.situation import Permit, Situation, Stay

RULE = "stay.per_entry"
REGISTERED = "stay.per_entry_registered"  # the longer limit once registered, a rule of its own with its source
DOCUMENT_BASES = frozenset({StayBasis.visa, StayBasis.residence_permit})
_DOCUMENTS_OF_STAY = RESIDENCE_PERMITS | {PermitKind.visa}
_WORK_PERMITS = frozenset({PermitKind.work_permit, PermitKind.patent})


def current_stay(stays: Sequence[Stay], as_of: date) -> Stay | None:
    """The stay the person is in on `as_of` (entry on or before it, exit missing or on or after it)."""
    best = None
    for stay in stays:
        if stay.entry <= as_of and (stay.exit is None or stay.exit >= as_of):
            if best is None or stay.entry > best.entry or (
                    stay.entry == best.entry and best.exit is not None
                    and (stay.exit is None or stay.exit > best.exit)):
                best = stay
    return best


def document_spans(permits: Sequence[Permit], kinds: frozenset[str]) -> list[Span]:
    """Days covered by documents of the given kinds, as merged ordinal spans (INF: no end)."""
    return merge([(p.valid_from.toordinal(), INF if p.valid_to is None else p.valid_to.toordinal())
                  for p in permits if p.kind in kinds])


def residence_spans(permits: Sequence[Permit]) -> list[Span]:
    """Days covered by a temporary or permanent residence permit."""
    return document_spans(permits, RESIDENCE_PERMITS)


def document_limit(permits: Sequence[Permit], stay: Stay) -> int | None:
    """Ordinal of the last day the stay's documents cover unbroken from entry (INF: no end), or None."""
    if stay.basis not in DOCUMENT_BASES:
        return None
    entry = stay.entry.toordinal()
    last = covered_until(document_spans(permits, _DOCUMENTS_OF_STAY), entry)
    return None if last < entry else last


def work_permit_after(permits: Sequence[Permit], day: int) -> Permit | None:
    """A work permit or patent valid on the ordinal `day` (the first day past the per-entry limit), if any.

    It lets the person work, not stay: only a residence permit lifts the limit [003:L184] (most temporary
    residence permits are issued for work [002:L208]), so the explanation says so (issue 28 item 6)."""
    for permit in permits:
        if permit.kind in _WORK_PERMITS and permit.valid_from.toordinal() <= day and (
                permit.valid_to is None or day <= permit.valid_to.toordinal()):
            return permit
    return None


class PerEntryLimit(NamedTuple):
    version: RuleVersion  # the version whose limit applies: stay.per_entry's, or stay.per_entry_registered's
    days: int  # 30, or 90 once registered
    last_day: int  # ordinal of entry + days - 1
    registered: date | None  # the registration that earned the longer limit
    breach: int  # ordinal of the first day after last_day not covered by a residence permit (INF: none)


def per_entry_limit(situation: Situation, ruleset: RuleSet, stay: Stay, as_of: date,
                    residence: Sequence[Span] | None = None) -> PerEntryLimit | None:
    """The per-entry limit on `stay`, or None when stay.per_entry does not apply to it."""
    if stay.basis != StayBasis.visa_free:
        return None
    version = ruleset.version_for(RULE, stay.entry)
    if version is None:
        return None
    citizenship = situation.citizenship
    if ruleset.in_groups(citizenship, version.params["exempt_groups"]):
        return None
    entry = stay.entry.toordinal()
    days = version.params["days"]
    registered = None
    longer = ruleset.version_for(REGISTERED, stay.entry)
    if longer is not None and ruleset.in_groups(citizenship, longer.params["groups"]):
        params = longer.params
        # Dated within the stay, by entry + 30, and not after as_of (a later date is a plan).
        by = min(entry + params["registration_by_day"], as_of.toordinal())
        if stay.exit is not None and stay.exit.toordinal() < by:
            by = stay.exit.toordinal()
        for registration in situation.registrations:
            day = registration.date.toordinal()
            if entry <= day <= by and (registered is None or registration.date < registered):
                registered = registration.date
        if registered is not None:  # the limit applied is the registered one: its version, its source
            version, days = longer, params["days"]
    last_day = entry + days - 1
    if residence is None:
        residence = residence_spans(situation.permits)
    covered = covered_until(residence, last_day + 1)
    return PerEntryLimit(version, days, last_day, registered, INF if covered >= INF else covered + 1)
