"""stay.basis_missing — a stay whose basis is not recorded (issue 28).

The recorded basis decides every stay deadline (RULES.md section 2), and Qamqor does not guess it from the
citizenship. A stay may still be recorded with the basis `unknown` (an office's list imported without one);
then this rule, a product decision rather than a law, makes the missing basis an obligation of its own, so
that the case's deadlines and the supervisor's alerts show it until someone records the basis.

Decisions:
- No stay deadline is computed from an unknown basis: no stay.per_entry and no document limit (as for any
  basis other than visa-free, visa or residence permit), no registration.deadline (it depends on the basis:
  not applicable to residence permits and refugees, simplified for some visa-free entries), and the stay's
  days are not counted under stay.90_in_180 (only visa-free days are). The summary's `latest_exit` is then
  empty: unknown, not "no limit", and this obligation says why.
- Listed for every stay with an unknown basis that can still matter: one the person is in, one that ended
  within the 90/180 window before `as_of` (its days would count once its basis is known to be visa-free),
  or a planned one. `due` is the entry day: the basis was needed from then on, so the obligation is overdue
  from the day after entry; it is never met (recording the basis ends it).
- Only for foreigners (the engine does not call it for citizens of Kazakhstan).
"""
from __future__ import annotations

from datetime import date, timedelta

from models.kinds import StayBasis
from models.rules.dates import DUE_SOON_DAYS
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import Situation

RULE = "stay.basis_missing"
WINDOW_RULE = "stay.90_in_180"


def basis_missing(situation: Situation, ruleset: RuleSet, as_of: date,
                  due_soon_days: int = DUE_SOON_DAYS) -> list[Obligation]:
    """One obligation per stay that still matters and has no recorded basis."""
    found = []
    window = ruleset.version_for(WINDOW_RULE, as_of)
    since = as_of - timedelta(days=(window.params["window_days"] if window is not None else 180) - 1)
    for stay in situation.stays:
        if stay.basis != StayBasis.unknown or (stay.exit is not None and stay.exit < since):
            continue
        version = ruleset.version_for(RULE, stay.entry)
        if version is not None:
            found.append(Obligation.make(version, stay.entry, as_of, False, due_soon_days,
                                         ("basis_missing", {"entry": stay.entry})))
    return found
