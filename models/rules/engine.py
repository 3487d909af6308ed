"""The rule engine: every obligation of one person, seen on one day (RULES.md sections 3 and 4).

`evaluate` is a pure function of the situation, the rule set and `as_of`: no
database, no clock. The stay obligations (stay.per_entry, stay.90_in_180,
registration.deadline) concern the current stay only — the stay the person
is in on `as_of` (see `models.rules.stay.current_stay`); the document,
refugee, asylum and ban obligations do not depend on presence.

Decisions where RULES.md leaves room (the rule modules list theirs):
- Citizens of Kazakhstan (KAZ) are not foreigners: no stay limit or
  registration applies to them (KAZ is listed in EAEU only for completeness).
- `latest_exit` is the minimum of the applicable limits on continuous
  presence from the current stay's entry: stay.per_entry (for a visa-free
  stay; where a residence permit covers the day after the limit, the day the
  permit cover ends), stay.90_in_180 (visa-free stay), and the validity of
  the visa or residence permit the stay is based on. A limit counts only if
  it is broken within three years of `as_of` (breach day on or before
  `as_of` + 3 years); otherwise, or when nothing limits the stay (e.g. a
  person exempt from 90/180 and outside per-entry), `latest_exit` is None.
- A recorded exit after `as_of` is a plan: the stay obligations are met
  ("left in time") only by an exit on or before `as_of` and on or before
  `due`.
- Obligations with the same due date are sorted in the order of RULES.md
  section 4 (document.expiry, which RULES.md does not list yet, after
  permit.expiry).
- document.expiry (issue 28) is a foreigner's: a citizen's own passport is no
  migration deadline. It does not depend on presence, like permit.expiry.
- `StaySummary.latest_exit_rule` says which limit sets `latest_exit` (for the
  deadlines panel's "why"); on a tie, per-entry, then 90/180, then documents.
- A stay whose basis is `unknown` sets no stay deadline: a "basis of stay
  missing" obligation (stay.basis_missing, `models.rules.basis`) stands in for
  them, first among obligations due the same day.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from models.kinds import StayBasis
from models.rules.asylum import asylum_obligations
from models.rules.basis import basis_missing
from models.rules.citizenship import citizenship_eligible
from models.rules.dates import DUE_SOON_DAYS, add_years
from models.rules.document import document_obligation
from models.rules.entry_ban import entry_ban_obligation
from models.rules.intervals import INF, DayCount
from models.rules.obligation import Obligation
from models.rules.permit import permit_obligations
from models.rules.planning import StayPlan, plan_stay
from models.rules.proceedings import appeal_obligations
from models.rules.quota import employer_request
from models.rules.refugee import refugee_obligations
from models.rules.registration import registration_obligation
from models.rules.ruleset import RuleSet, RuleVersion
from models.rules.situation import Situation, Stay
from models.rules.stay import RULE as PER_ENTRY
from models.rules.stay import (
    current_stay,
    document_limit,
    per_entry_limit,
    residence_spans,
    work_permit_after,
)
from models.rules.stay_window import HORIZON_YEARS, counted_days, governing_version, summary_version
from models.rules.work import job_search

__all__ = ["Evaluation", "Obligation", "StaySummary", "citizenship_eligible", "employer_request", "evaluate",
           "job_search"]

HOME = "KAZ"
RULE_ORDER = {rule: rank for rank, rule in enumerate((
    "stay.basis_missing", "stay.per_entry", "stay.90_in_180", "registration.deadline", "permit.expiry", "document.expiry",
    "refugee.extension", "refugee.certificate", "asylum.apply_by", "asylum.decision", "asylum.decision_max",
    "proceedings.appeal", "entry_ban.end"))}


# The result types are not frozen: one of each is built per person on the hot
# path, and a frozen dataclass takes four times as long to build.
@dataclass(slots=True)
class StaySummary:
    """Where the person stands under the stay limits on `as_of` (RULES.md section 4, "stay")."""

    present: bool
    days_in_window: int  # counted presence days in [window_start, as_of]
    window_start: date
    latest_exit: date | None
    overstay_days: int
    planned_max_days: int | None
    plan: StayPlan | None = None  # the planner's full answer (which limit binds); not in the JSON contract
    # Why `latest_exit` is that day, for the caseworker (not in the JSON contract): "stay.per_entry",
    # "residence_permit" (it carries a visa-free stay past the days per entry, until it ends),
    # "stay.90_in_180" or "documents" (the visa or residence permit the stay is based on), and the days per
    # entry when stay.per_entry binds.
    latest_exit_rule: str | None = None
    per_entry_days: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"present": self.present, "days_in_window": self.days_in_window,
                "window_start": self.window_start.isoformat(),
                "latest_exit": None if self.latest_exit is None else self.latest_exit.isoformat(),
                "overstay_days": self.overstay_days, "planned_max_days": self.planned_max_days}


@dataclass(slots=True)
class Evaluation:
    """Every obligation, sorted by due date, and the stay summary."""

    as_of: date
    obligations: list[Obligation]
    stay: StaySummary

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The JSON output of `qamqor rules eval` (RULES.md section 4)."""
        return {"as_of": self.as_of.isoformat(), "obligations": [o.to_dict(lang) for o in self.obligations],
                "stay": self.stay.to_dict()}


def _sort_key(obligation: Obligation) -> tuple[date, int]:
    return obligation.due, RULE_ORDER.get(obligation.rule, len(RULE_ORDER))


def evaluate(situation: Situation, ruleset: RuleSet, as_of: date, due_soon_days: int = DUE_SOON_DAYS) -> Evaluation:
    """Every obligation of the person on `as_of`, with the stay summary."""
    obligations: list[Obligation] = []
    current = current_stay(situation.stays, as_of)
    foreigner = situation.citizenship != HOME
    # The current stay's 90/180 version (None if no version came into force since its entry); the
    # summary falls back to the last version so that it always has a window to report.
    governing = governing_version(ruleset, current.entry if current is not None else as_of)
    version = governing or summary_version(ruleset, as_of)
    window = version.params["window_days"] if version is not None else 180
    days_in_window = overstay = 0
    latest_exit = planned_max_days = plan = None
    binding: tuple[str | None, int | None] = (None, None)
    if foreigner:
        residence = residence_spans(situation.permits) if situation.permits else []
        # The current stay continues indefinitely: that adds days after as_of
        # only, so the same count serves the window, the overstay and the breach.
        extend = ((current.entry.toordinal(), INF),) if current is not None and current.basis == StayBasis.visa_free else ()
        count = counted_days(situation, ruleset, version, extra=extend, residence=residence)
        as_of_day = as_of.toordinal()
        if version is not None:
            days_in_window = count.in_window(as_of_day, window)
            overstay = count.worst_excess(as_of_day, version.params["max_days"], window)
        if current is not None:
            latest_exit, binding = _stay_obligations(situation, ruleset, current, as_of, due_soon_days, governing,
                                                     count, days_in_window, residence, obligations)
        if any(stay.basis == StayBasis.unknown for stay in situation.stays):
            obligations.extend(basis_missing(situation, ruleset, as_of, due_soon_days))
        if situation.planned_entry is not None:
            plan = plan_stay(situation, ruleset, situation.planned_entry, as_of)
            planned_max_days = plan.days
    obligations.extend(permit_obligations(situation, ruleset, as_of, due_soon_days))
    if situation.documents and foreigner:  # a citizen's own passport is no migration deadline
        document = document_obligation(situation, ruleset, as_of, due_soon_days)
        if document is not None:
            obligations.append(document)
    if situation.refugee is not None:
        obligations.extend(refugee_obligations(situation.refugee, ruleset, as_of, due_soon_days))
    if situation.asylum is not None:
        obligations.extend(asylum_obligations(situation.asylum, ruleset, as_of, due_soon_days, current))
    if situation.proceedings:
        obligations.extend(appeal_obligations(situation.proceedings, ruleset, as_of, due_soon_days))
    if situation.expulsion is not None:
        ban = entry_ban_obligation(situation.expulsion, situation.stays, ruleset, as_of, due_soon_days)
        if ban is not None:
            obligations.append(ban)
    if len(obligations) > 1:
        obligations.sort(key=_sort_key)
    summary = StaySummary(current is not None, days_in_window, as_of - timedelta(days=window - 1), latest_exit,
                          overstay, planned_max_days, plan, *binding)
    return Evaluation(as_of, obligations, summary)


def _stay_obligations(situation: Situation, ruleset: RuleSet, stay: Stay, as_of: date, due_soon_days: int,
                      version: RuleVersion | None, count: DayCount, days_in_window: int, residence: list,
                      obligations: list[Obligation]) -> tuple[date | None, tuple[str | None, int | None]]:
    """Append the current stay's obligations; return its latest exit (None: no limit within 3 years) and
    which limit sets it (with the days per entry when stay.per_entry does)."""
    horizon = add_years(as_of, HORIZON_YEARS).toordinal()
    left = stay.exit if stay.exit is not None and stay.exit <= as_of else None
    limits: list[tuple[int, int, str]] = []  # (last legal day, rank on a tie, rule)
    per_entry_days = None

    per_entry = per_entry_limit(situation, ruleset, stay, as_of, residence)
    if per_entry is not None:
        per_entry_days = per_entry.days
        if per_entry.breach <= horizon:  # past the limit, a residence permit may carry the stay
            covered = per_entry.breach != per_entry.last_day + 1
            limits.append((per_entry.breach - 1, 0, "residence_permit" if covered else "stay.per_entry"))
        if per_entry.breach == per_entry.last_day + 1:  # listed unless a residence permit covers the next day
            due = date.fromordinal(per_entry.last_day)
            key = "per_entry_registered" if per_entry.registered else "per_entry"
            fragments = [(key, {"entry": stay.entry, "country": situation.citizenship, "days": per_entry.days,
                                "due": due, "registered": per_entry.registered})]
            if work := work_permit_after(situation.permits, per_entry.last_day + 1):
                fragments.append(("per_entry_work_permit", {"kind": work.kind, "days": per_entry.days}))
            if left is not None:
                fragments.append(("left", {"exit": left}))
            obligations.append(Obligation.make(per_entry.version, due, as_of, left is not None and left <= due,
                                               due_soon_days, *fragments, rule=PER_ENTRY))

    if stay.basis == StayBasis.visa_free:
        if version is not None:  # the version governing this stay (see stay_window.governing_version)
            limit, window = version.params["max_days"], version.params["window_days"]
            breach = count.first_breach(stay.entry.toordinal(), horizon, limit, window)
            if breach is not None:
                limits.append((breach - 1, 1, "stay.90_in_180"))
                due = date.fromordinal(breach - 1)
                fragments = [("window", {"max_days": limit, "window": window, "count": days_in_window,
                                         "as_of": as_of, "due": due})]
                if breach <= as_of.toordinal():
                    fragments.append(("window_broken", {"breach": date.fromordinal(breach)}))
                if left is not None:
                    fragments.append(("left", {"exit": left}))
                obligations.append(Obligation.make(version, due, as_of, left is not None and left <= due,
                                                   due_soon_days, *fragments))

    documents_end = document_limit(situation.permits, stay)
    if documents_end is not None and documents_end < horizon:
        limits.append((documents_end, 2, "documents"))

    # An unknown basis sets no deadline (models.rules.basis): registration depends on the basis too.
    registration = None if stay.basis == StayBasis.unknown else registration_obligation(
        situation, ruleset, stay, as_of, due_soon_days)
    if registration is not None:
        obligations.append(registration)
    if not limits:
        return None, (None, None)
    last_day, _, rule = min(limits)
    return date.fromordinal(last_day), (rule, per_entry_days if rule == "stay.per_entry" else None)
