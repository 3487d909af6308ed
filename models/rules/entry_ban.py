"""entry_ban.end — five-year re-entry ban after expulsion (RULES.md section 3).

Expelled persons are barred from entering for five years [002:L123],
[004:L304], [004:L806]; one source says "up to 5 years" [004:L264], so the
ban end is editable per case (`Expulsion.ban_until`). Default
`ban_until = expulsion + 5 years`. Informational: an entry recorded before
`ban_until` is flagged.

Decisions where RULES.md leaves room:
- `ban_until` is the first day entry is allowed again: entries strictly
  after the expulsion day and strictly before `ban_until` are flagged
  ("an entry recorded before ban_until").
- Status: met once `as_of` reaches `ban_until` (the ban is over), otherwise
  ok or due_soon by the usual count. A flagged entry does not change the
  status (it is not a deadline); it is named in the explanation and in
  `Obligation.facts["entries"]`.
- The version is the one in force on the expulsion date.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_years
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import Expulsion, Stay

RULE = "entry_ban.end"


def ban_until(expulsion: Expulsion, ruleset: RuleSet) -> date | None:
    """The first day entry is allowed again: the case's own date, else expulsion + 5 years."""
    if expulsion.ban_until is not None:
        return expulsion.ban_until
    version = ruleset.version_for(RULE, expulsion.date)
    return None if version is None else add_years(expulsion.date, version.params["years"])


def entry_ban_obligation(expulsion: Expulsion, stays: Sequence[Stay], ruleset: RuleSet, as_of: date,
                         due_soon_days: int = DUE_SOON_DAYS) -> Obligation | None:
    """When the ban ends, with any entry recorded during it."""
    version = ruleset.version_for(RULE, expulsion.date)
    if version is None:
        return None
    end = expulsion.ban_until or add_years(expulsion.date, version.params["years"])
    if expulsion.ban_until is None:
        first = ("entry_ban", {"expelled": expulsion.date, "years": version.params["years"], "ban_until": end})
    else:
        first = ("entry_ban_case", {"expelled": expulsion.date, "ban_until": end})
    entries = sorted(stay.entry for stay in stays if expulsion.date < stay.entry < end)
    fragments = [first, ("ban_entries", {"entries": tuple(entries)})] if entries else [first]
    return Obligation.make(version, end, as_of, as_of >= end, due_soon_days, *fragments)
