"""refugee.extension and refugee.certificate (RULES.md section 3).

Law on Refugees as described in [001:L102]: status is granted for one year
and can be extended any number of times; the extension application is due one
month before expiry: `due = valid_to - 1 month`. The refugee certificate is
issued within five days after recognition: `due = recognized + 5`, met when
the certificate is recorded.

Decisions where RULES.md leaves room:
- With no `valid_to` recorded, the status is taken to end on
  `recognized + 1 year` and the extension is due a month before that
  (RULES.md's "if valid_to is missing: recognized + 1 year" read as defining
  valid_to, since the rule is "one month before expiry").
- Both rules use the version in force on the recognition date (the event
  that creates them).
- refugee.extension is never "met" by itself: recording the extended
  `valid_to` moves the deadline to the next year.
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS, add_days, add_months, add_years
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import RefugeeStatus

EXTENSION = "refugee.extension"
CERTIFICATE = "refugee.certificate"


def refugee_obligations(refugee: RefugeeStatus, ruleset: RuleSet, as_of: date,
                        due_soon_days: int = DUE_SOON_DAYS) -> list[Obligation]:
    """The extension and certificate deadlines of a recognized refugee."""
    found = []
    recognized = refugee.recognized
    version = ruleset.version_for(EXTENSION, recognized)
    if version is not None:
        params = version.params
        fragments = []
        valid_to = refugee.valid_to
        if valid_to is None:
            valid_to = add_years(recognized, params["status_years"])
            fragments.append(("refugee_assumed_end", {"recognized": recognized, "years": params["status_years"]}))
        due = add_months(valid_to, -params["months_before"])
        fragments.insert(0, ("refugee_extension", {"valid_to": valid_to, "months": params["months_before"],
                                                   "due": due}))
        found.append(Obligation.make(version, due, as_of, False, due_soon_days, *fragments))
    version = ruleset.version_for(CERTIFICATE, recognized)
    if version is not None:
        params = version.params
        due = add_days(recognized, params["days"], params["day_kind"])
        issued = refugee.certificate_issued
        second = ("certificate_issued", {"issued": issued}) if issued else ("certificate_missing", {})
        found.append(Obligation.make(version, due, as_of, issued is not None, due_soon_days,
                                     (f"refugee_certificate_{params['day_kind']}", {"recognized": recognized,
                                              "days": params["days"], "due": due}), second))
    return found
