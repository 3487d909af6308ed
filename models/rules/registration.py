"""registration.deadline — register the place of stay (RULES.md section 3).

Default version (state of 2021): a foreigner staying temporarily registers
within 5 calendar days after entry [001:L100], "a strict five-day
registration requirement" [004:L118]: `due = entry + 5`. Two supporting rules
change it, each with its own versions and source: `registration.deferred` —
REGISTER_30 nationals need no registration for the first 30 days [001:L37]:
`due = entry + 30`; `registration.simplified` — VISA_FREE_OTHER nationals
entering visa-free are registered in a simplified manner on entry [004:L148]:
met, `due = entry`. Not applicable to stays based on a residence permit,
refugee or asylum-seeker status, or diplomatic grounds. The number of days and
the day kind (calendar or working) are parameters, so a later regime (e.g.
e-Qonaq host notification, Res. 148 as amended 4 Mar 2022 [004:L316]) is a new
version.

Decisions where RULES.md leaves room:
- The versions are the ones in force on the entry day (the event).
- The obligation is always `registration.deadline`, but it names the version
  that set its deadline: `registration.deferred@…` for a Tajik, so its source
  is the 2018 agreement; an Uzbek's is the five-day rule alone (issue 28: the
  source cited is the one applied). Without a version of a supporting rule in
  force, the ordinary deadline applies.
- Stays based on a visa or on "other" grounds register like visa-free ones
  ([001:L100] speaks of every foreigner staying temporarily); the 30-day
  deferral follows the citizenship whatever the basis; the simplified
  registration needs a visa-free entry, as the source says.
- The 30-day deferral counts calendar days (it is a length of stay); `day_kind`
  applies to the ordinary deadline.
- A registration counts for the stay if dated from its entry to its exit.
  Registered after `due` (RULES.md, as amended for issue 28): done, so `met`,
  and the explanation says how many days late; `days_late` keeps the figure
  for the case and its statistics. The alert ends when the registration is
  recorded.
- Records dated after `as_of` are plans, not facts: a registration dated
  later does not meet the obligation yet, and "left before due" needs an
  exit on or before `as_of`.
"""
from __future__ import annotations

from datetime import date, timedelta

from models.kinds import StayBasis
from models.rules.dates import DUE_SOON_DAYS, add_days
from models.rules.obligation import Obligation
from models.rules.ruleset import RuleSet
from models.rules.situation import Situation, Stay

RULE = "registration.deadline"
DEFERRED = "registration.deferred"
SIMPLIFIED = "registration.simplified"


def registration_obligation(situation: Situation, ruleset: RuleSet, stay: Stay, as_of: date,
                            due_soon_days: int = DUE_SOON_DAYS) -> Obligation | None:
    """The registration deadline for `stay`, or None when the rule does not apply to it."""
    entry = stay.entry
    version = ruleset.version_for(RULE, entry)
    if version is None:
        return None
    if stay.basis in version.params["not_applicable_bases"]:
        return None
    citizenship = situation.citizenship
    simplified = ruleset.version_for(SIMPLIFIED, entry)
    if (simplified is not None and stay.basis == StayBasis.visa_free
            and ruleset.in_groups(citizenship, simplified.params["groups"])):
        return Obligation.make(simplified, entry, as_of, True, due_soon_days,
                               ("registration_simplified", {"entry": entry, "country": citizenship}), rule=RULE)
    deferred = ruleset.version_for(DEFERRED, entry)
    if deferred is not None and ruleset.in_groups(citizenship, deferred.params["groups"]):
        version, days = deferred, deferred.params["days"]
        due = entry + timedelta(days=days)
        first = ("registration_deferred", {"entry": entry, "country": citizenship, "days": days, "due": due})
    else:
        days, day_kind = version.params["days"], version.params["day_kind"]
        due = entry + timedelta(days=days) if day_kind == "calendar" else add_days(entry, days, day_kind)
        first = (f"registration_{day_kind}", {"entry": entry, "days": days, "due": due})
    end = stay.exit if stay.exit is not None and stay.exit < as_of else as_of
    in_time = late = None
    for registration in situation.registrations:
        day = registration.date
        if entry <= day <= end:
            if day <= due:
                if in_time is None or day < in_time:
                    in_time = day
            elif late is None or day < late:
                late = day
    if in_time is not None:
        return Obligation.make(version, due, as_of, True, due_soon_days, first,
                               ("registered", {"registered": in_time}), rule=RULE)
    if stay.exit is not None and stay.exit <= as_of and stay.exit < due:
        return Obligation.make(version, due, as_of, True, due_soon_days, first, ("left_before", {"exit": stay.exit}),
                               rule=RULE)
    if late is not None:
        days_late = (late - due).days
        return Obligation.make(version, due, as_of, True, due_soon_days, first,
                               ("registered_late", {"registered": late, "late": days_late}), rule=RULE,
                               days_late=days_late)
    return Obligation.make(version, due, as_of, False, due_soon_days, first, ("not_registered", {}), rule=RULE)
