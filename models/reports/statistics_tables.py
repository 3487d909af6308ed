"""The tables of the statistics, one small function each, in the order the report prints them.

Each takes the `Facts` of the report and returns a `StatTable` (or None where the table is not for this
reader). Counts of persons keep, as the cases behind them, those persons' cases that made them count.
"""
from __future__ import annotations

import datetime as dt
import statistics as stats
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from operator import attrgetter

from sqlalchemy import String, and_, or_, select, type_coerce

from models.entities import (
    Assessment,
    AssessmentOutcome,
    Case,
    CaseService,
    Category,
    ExploitationForm,
    Organisation,
    Recruitment,
    Referral,
    ReferralStatus,
    Role,
    Screening,
    Sex,
    StoredObligation,
    TraffickingFacts,
)
from models.reports.statistics_facts import Facts, PersonFact, day_of, hex_of
from models.reports.statistics_model import Cell, StatRow, StatTable, TableFunction
from models.services import settings
from models.services.alerts.filters import REFERRAL_FOLLOW_UP
from models.services.permissions import has

FLOW = ("new", "open_at_end", "closed")
AGE_GROUPS = ("adult", "minor", "unknown")
SEXES = tuple(s.value for s in Sex)
OUTCOMES = tuple(o.value for o in AssessmentOutcome)
VICTIMS = (AssessmentOutcome.presumed_victim.value, AssessmentOutcome.identified_victim.value)


# --- the flow of cases and persons -----------------------------------------------------------------

def _flows(facts: Facts) -> tuple[dict[str, list[str]], dict[str, dict[str, list[str]]]]:
    """In one pass over the cases (memoised: every flow table reads them): the cases new in the period, open
    at its end and closed in it; and the same counted in persons (new persons: none of their cases opened
    before the period), person -> the cases that make them count."""
    cached = getattr(facts, "_flows", None)
    if cached is not None:
        return cached
    first, last = facts.period.first, facts.period.last
    cases: dict[str, list[str]] = {m: [] for m in FLOW}
    persons: dict[str, dict[str, list[str]]] = {m: defaultdict(list) for m in FLOW}
    known, returning = facts.persons, facts.returning
    new_cases, open_cases, closed_cases = cases["new"], cases["open_at_end"], cases["closed"]
    new_persons, open_persons, closed_persons = persons["new"], persons["open_at_end"], persons["closed"]
    for case in facts.cases.values():
        case_id, person, counted = case.id, case.person, case.person in known
        if first <= case.opened <= last:
            new_cases.append(case_id)
            if counted and person not in returning:
                new_persons[person].append(case_id)
        if case.open_on(last):
            open_cases.append(case_id)
            if counted:
                open_persons[person].append(case_id)
        if case.closed is not None and first <= case.closed <= last:
            closed_cases.append(case_id)
            if counted:
                closed_persons[person].append(case_id)
    facts._flows = cases, persons  # type: ignore[attr-defined]
    return cases, persons


def _flow(facts: Facts) -> dict[str, list[str]]:
    return _flows(facts)[0]


def _person_flow(facts: Facts) -> dict[str, dict[str, list[str]]]:
    return _flows(facts)[1]


def _persons_counted(persons: Iterable[str], cases_of: dict[str, list[str]], value: int) -> Cell:
    """`value` persons, and (when asked) their cases."""
    return Cell(value, lambda: (c for p in persons for c in cases_of[p]))


def overview(facts: Facts) -> StatTable:
    flow, of_persons = _flows(facts)
    return StatTable("overview", ("what",), FLOW, (
        StatRow(("persons",), tuple(_persons_counted(of_persons[m], of_persons[m], len(of_persons[m]))
                                    for m in FLOW)),
        StatRow(("cases",), tuple(Cell.count(flow[m]) for m in FLOW))), unit="")


def _by_person(facts: Facts, name: str, kind: str, key: Callable[[PersonFact], str],
               order: Iterable[str] | None = None, chart: str | None = None) -> StatTable:
    """Persons new, open at the end and closed, by `key` of the person: each person once per measure. Counted
    in C (a Counter over the keys); the persons behind a number are found again when asked."""
    flow = _person_flow(facts)
    persons = facts.persons
    everyone = set().union(*flow.values())
    key_of = dict(zip(everyone, map(key, map(persons.__getitem__, everyone))))
    counts = {m: Counter(map(key_of.__getitem__, flow[m])) for m in FLOW}
    groups = set().union(*counts.values())

    def cell(k: str, m: str) -> Cell:
        of_measure = flow[m]
        return _persons_counted((p for p in of_measure if key_of[p] == k), of_measure, counts[m][k])

    keys = [k for k in (order or ()) if k in groups] + sorted(
        (k for k in groups if k not in set(order or ())),
        key=lambda k: (-counts["open_at_end"][k] - counts["new"][k], k))
    return StatTable(name, (kind,), FLOW, tuple(StatRow((k,), tuple(cell(k, m) for m in FLOW)) for k in keys),
                     unit="persons", chart=chart)


def cases_by_category(facts: Facts) -> StatTable:
    flow = _flow(facts)
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: {m: [] for m in FLOW})
    cases_ = facts.cases
    for measure, cases in flow.items():
        for case_id in cases:
            groups[cases_[case_id].category][measure].append(case_id)
    order = [c.value for c in Category if c.value in groups]
    return StatTable("cases_by_category", ("category",), FLOW, tuple(
        StatRow((k,), tuple(Cell.count(groups[k][m]) for m in FLOW)) for k in order), chart="open_at_end")


def persons_by_citizenship(facts: Facts) -> StatTable:
    return _by_person(facts, "persons_by_citizenship", "citizenship", attrgetter("citizenship"), chart="open_at_end")


def persons_by_sex(facts: Facts) -> StatTable:
    return _by_person(facts, "persons_by_sex", "sex", attrgetter("sex"), SEXES)


def persons_by_age_group(facts: Facts) -> StatTable:
    end = facts.period.last
    return _by_person(facts, "persons_by_age_group", "age_group", lambda p: p.age_group(end), AGE_GROUPS)


def persons_by_region(facts: Facts) -> StatTable:
    return _by_person(facts, "persons_by_region", "region", lambda p: p.region or "", chart="open_at_end")


# --- trafficking -------------------------------------------------------------------------------------

def _latest_assessments(facts: Facts) -> dict[str, tuple[dt.date, str, str]]:
    """Each case's latest assessment made by the period's end: case -> (day, outcome, assessed by)."""
    cached = getattr(facts, "_assessments", None)
    if cached is not None:
        return cached
    latest: dict[str, tuple[dt.date, str, str, str]] = {}
    rows = facts.session.connection().execute(
        select(type_coerce(Assessment.case_id, String), type_coerce(Assessment.assessed_on, String),
               type_coerce(Assessment.outcome, String), type_coerce(Assessment.assessed_by, String),
               type_coerce(Assessment.created_at, String))
        .join(Case, Case.id == Assessment.case_id)
        .where(*facts.scope(), Assessment.archived_at.is_(None), Assessment.assessed_on <= facts.period.last))
    for case_id, on, outcome, by, created in rows:
        case, day = hex_of(case_id), day_of(on)
        assert day is not None
        if case in facts.cases and (case not in latest or (day, str(created)) > latest[case][::3]):
            latest[case] = (day, str(outcome), str(by), str(created))
    found = {case: (day, outcome, by) for case, (day, outcome, by, _) in latest.items()}
    facts._assessments = found  # type: ignore[attr-defined]
    return found


def _persons_cell(facts: Facts, cases: Iterable[str]) -> Cell:
    cases = set(cases)
    return Cell.count(cases, len({facts.cases[c].person for c in cases}))


def trafficking(facts: Facts) -> StatTable:
    """Persons screened and assessed in the period, by the outcome of their latest assessment; and of those
    whose case is open at the end, the same by the latest assessment then."""
    period = facts.period
    screened: set[str] = set()
    screened_open: set[str] = set()
    for case_id, on in facts.session.connection().execute(
            select(type_coerce(Screening.case_id, String), type_coerce(Screening.interviewed_on, String))
            .join(Case, Case.id == Screening.case_id)
            .where(*facts.scope(), Screening.archived_at.is_(None), Screening.interviewed_on <= period.last)):
        case = hex_of(case_id)
        if case not in facts.cases:
            continue
        if day_of(on) in period:
            screened.add(case)
        if facts.cases[case].open_on(period.last):
            screened_open.add(case)
    latest = _latest_assessments(facts)
    rows = [StatRow(("screened",), (_persons_cell(facts, screened), _persons_cell(facts, screened_open)))]
    for outcome in OUTCOMES:
        in_period = [c for c, (day, o, _) in latest.items() if o == outcome and day in period]
        open_at_end = [c for c, (_, o, _) in latest.items() if o == outcome and facts.cases[c].open_on(period.last)]
        rows.append(StatRow((outcome,), (_persons_cell(facts, in_period), _persons_cell(facts, open_at_end))))
    return StatTable("trafficking", ("trafficking",), ("in_period", "open_at_end"), tuple(rows), unit="persons")


def _victims_in_period(facts: Facts) -> dict[str, tuple[dt.date, str, str]]:
    """The cases whose latest assessment, made in the period, says presumed or identified victim."""
    return {c: a for c, a in _latest_assessments(facts).items() if a[1] in VICTIMS and a[0] in facts.period}


def victims_by_sex_and_age(facts: Facts) -> StatTable:
    """Presumed and identified victims of the period by sex and adult/minor, as the state's statistics split them."""
    end = facts.period.last
    groups: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: {o: set() for o in VICTIMS})
    for case_id, (_, outcome, _) in _victims_in_period(facts).items():
        person = facts.persons.get(facts.cases[case_id].person)
        if person is not None:
            groups[(person.sex, person.age_group(end))][outcome].add(case_id)
    keys = [(s, a) for s in SEXES for a in AGE_GROUPS if (s, a) in groups]
    return StatTable("victims_by_sex_and_age", ("sex", "age_group"), VICTIMS, tuple(
        StatRow(k, tuple(_persons_cell(facts, groups[k][o]) for o in VICTIMS)) for k in keys), unit="persons")


def victims_by_region(facts: Facts) -> StatTable:
    groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: {o: set() for o in VICTIMS})
    for case_id, (_, outcome, _) in _victims_in_period(facts).items():
        person = facts.persons.get(facts.cases[case_id].person)
        if person is not None:
            groups[person.region or ""][outcome].add(case_id)
    keys = sorted(groups, key=lambda k: (k == "", k))  # not recorded last
    return StatTable("victims_by_region", ("region",), VICTIMS, tuple(
        StatRow((k,), tuple(_persons_cell(facts, groups[k][o]) for o in VICTIMS)) for k in keys),
        unit="persons")


def identified_by(facts: Facts) -> StatTable:
    """Who identified or presumed the victims of the period: the NGO, the police, a court."""
    groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: {o: set() for o in VICTIMS})
    for case_id, (_, outcome, by) in _victims_in_period(facts).items():
        groups[by][outcome].add(case_id)
    return StatTable("victims_by_assessor", ("assessed_by",), VICTIMS, tuple(
        StatRow((k,), tuple(_persons_cell(facts, groups[k][o]) for o in VICTIMS)) for k in sorted(groups)),
        unit="persons")


def _organisation_names(facts: Facts) -> dict[str, str]:
    """The directory's organisations by id, read once per report (three tables name them)."""
    cached = getattr(facts, "_organisations", None)
    if cached is None:
        cached = facts._organisations = {  # type: ignore[attr-defined]
            hex_of(i): name for i, name in facts.session.connection().execute(
                select(type_coerce(Organisation.id, String), Organisation.name))}
    return cached


# --- referrals ---------------------------------------------------------------------------------------

REFERRAL_MEASURES = ("sent", "accepted", "services_delivered", "rejected", "waiting", "revoked", "median_days")
_OUTCOME_OF = {ReferralStatus.sent.value: "waiting", ReferralStatus.accepted.value: "accepted",
               ReferralStatus.services_delivered.value: "services_delivered",
               ReferralStatus.closed.value: "services_delivered", ReferralStatus.rejected.value: "rejected",
               ReferralStatus.revoked.value: "revoked"}


def referrals_sent(facts: Facts) -> StatTable:
    """Referrals sent in the period, by organisation and their outcome today, with the median days the
    organisation took to answer (accepted or rejected)."""
    period = facts.period
    core = facts.session.connection()
    names = _organisation_names(facts)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    behind: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    days: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for case_id, organisation, status, sent, answered in core.execute(
            select(type_coerce(Referral.case_id, String), type_coerce(Referral.organisation_id, String),
                   type_coerce(Referral.status, String), type_coerce(Referral.sent_on, String),
                   type_coerce(Referral.answered_on, String))
            .join(Case, Case.id == Referral.case_id)
            .where(*facts.scope(), Referral.archived_at.is_(None), Referral.sent_on >= period.first,
                   Referral.sent_on <= period.last)):
        case, name = hex_of(case_id), names.get(hex_of(organisation), "?")
        sent_day, answered_day = day_of(sent), day_of(answered)
        outcome = _OUTCOME_OF.get(str(status))
        for key in (name, ""):  # "" is the total row
            for measure in ("sent", outcome):
                if measure is not None:
                    counts[key][measure] += 1
                    behind[key][measure].add(case)
            if answered_day is not None and sent_day is not None:
                days[key].append(((answered_day - sent_day).days, case))
    rows = []
    for key in sorted((k for k in counts if k), key=str.casefold) + ([""] if counts else []):
        cells = [Cell.count(behind[key][m], counts[key][m]) for m in REFERRAL_MEASURES[:-1]]
        answers = days.get(key, [])
        median = _plain_number(stats.median(d for d, _ in answers)) if answers else None
        cells.append(Cell(median, frozenset(c for _, c in answers) if answers else None))
        rows.append(StatRow((key,), tuple(cells)))  # "": the total
    return StatTable("referrals_sent", ("organisation",), REFERRAL_MEASURES, tuple(rows), unit="referrals")


# --- where cases came from, and the services given ---------------------------------------------------

def referred_to_us(facts: Facts) -> StatTable:
    """The cases new in the period by who referred the person to us (HTCDS's referral source): how they came,
    and the organisation of the directory or the one named."""
    period, names = facts.period, _organisation_names(facts)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for case_id, how, by_id, by_name in facts.session.connection().execute(
            select(type_coerce(Case.id, String), type_coerce(Case.referred_how, String),
                   type_coerce(Case.referred_by_id, String), Case.referred_by_name)
            .where(*facts.scope(), Case.opened_on >= period.first, Case.opened_on <= period.last)):
        case = hex_of(case_id)
        if case in facts.cases:
            source = names.get(hex_of(by_id), "") if by_id else (by_name or "")
            groups[(str(how or ""), source)].append(case)
    keys = sorted(groups, key=lambda k: (-len(groups[k]), k[0] == "", k))
    return StatTable("referred_to_us", ("referred_how", "source"), ("cases", "persons"), tuple(
        StatRow(k, (Cell.count(groups[k]), _persons_cell(facts, groups[k]))) for k in keys), unit="cases")


def services_given(facts: Facts) -> StatTable:
    """Services given in the period by kind and by who gave them (the office itself or a partner), and those
    planned for a day of the period already past that were not given by its end (declined or unavailable
    ones aside: they have an outcome; one planned for a day still to come is not missed yet)."""
    period, names = facts.period, _organisation_names(facts)
    missed_by = min(period.last, facts.today - dt.timedelta(days=1))
    given: dict[tuple[str, str], list[str]] = defaultdict(list)
    missing: dict[tuple[str, str], list[str]] = defaultdict(list)
    s = CaseService
    for case_id, kind, by_id, planned, given_text, outcome in facts.session.connection().execute(
            select(type_coerce(s.case_id, String), s.kind, type_coerce(s.organisation_id, String),
                   type_coerce(s.planned_on, String), type_coerce(s.given_on, String), type_coerce(s.outcome, String))
            .join(Case, Case.id == s.case_id)
            .where(*facts.scope(), s.archived_at.is_(None), or_(
                and_(s.given_on >= period.first, s.given_on <= period.last),
                and_(s.planned_on >= period.first, s.planned_on <= period.last)))):
        case = hex_of(case_id)
        if case not in facts.cases:
            continue
        key = (str(kind), names.get(hex_of(by_id), "?") if by_id else "")
        given_day, planned_day = day_of(given_text), day_of(planned)
        if given_day in period:
            given[key].append(case)
        elif planned_day is not None and period.first <= planned_day <= missed_by and outcome is None \
                and (given_day is None or given_day > period.last):
            missing[key].append(case)
    keys = sorted(set(given) | set(missing), key=lambda k: (k[0], k[1] != "", k[1]))
    return StatTable("services_given", ("service", "provider"), ("given", "planned_not_given"), tuple(
        StatRow(k, (Cell.count(given[k], len(given[k])), Cell.count(missing[k], len(missing[k])))) for k in keys),
        unit="cases", chart="given")


# --- the facts of the trafficking cases ----------------------------------------------------------------

def _identified(facts: Facts) -> dict[str, tuple[str, list[str], str, str]]:
    """The cases whose facts say presumed or identified victim, identified in the period (as the anonymous
    export counts them): case -> (status, forms of exploitation, recruitment, country of exploitation)."""
    cached = getattr(facts, "_identified", None)
    if cached is not None:
        return cached
    period, t = facts.period, TraffickingFacts
    found = {}
    for case_id, status, exploitation, recruitment, country in facts.session.connection().execute(
            select(type_coerce(t.case_id, String), type_coerce(t.identification, String), t.exploitation,
                   type_coerce(t.recruitment, String), t.exploitation_country)
            .join(Case, Case.id == t.case_id)
            .where(*facts.scope(), t.archived_at.is_(None), t.identification.in_(VICTIMS),
                   t.identified_on >= period.first, t.identified_on <= period.last)):
        case = hex_of(case_id)
        if case in facts.cases:
            found[case] = (str(status), list(exploitation or []), str(recruitment or ""), country or "")
    facts._identified = found  # type: ignore[attr-defined]
    return found


def _victims_by(facts: Facts, name: str, kind: str, keys_of: Callable[[tuple], Iterable[str]],
                order: Iterable[str] = ()) -> StatTable:
    groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: {o: set() for o in VICTIMS})
    for case, fact in _identified(facts).items():
        for key in keys_of(fact):
            groups[key][fact[0]].add(case)
    first = [k for k in order if k in groups]
    keys = first + sorted((k for k in groups if k not in first), key=lambda k: (k == "", -sum(
        len(v) for v in groups[k].values()), k))
    return StatTable(name, (kind,), VICTIMS, tuple(
        StatRow((k,), tuple(_persons_cell(facts, groups[k][o]) for o in VICTIMS)) for k in keys), unit="persons",
        chart=VICTIMS[1])


def victims_by_exploitation(facts: Facts) -> StatTable:
    """Victims by form of exploitation: a person exploited in two ways counts in both rows."""
    return _victims_by(facts, "victims_by_exploitation", "exploitation", lambda f: f[1] or [""],
                       [e.value for e in ExploitationForm])


def victims_by_recruitment(facts: Facts) -> StatTable:
    return _victims_by(facts, "victims_by_recruitment", "recruitment", lambda f: [f[2]],
                       [r.value for r in Recruitment])


def victims_by_exploitation_country(facts: Facts) -> StatTable:
    return _victims_by(facts, "victims_by_exploitation_country", "exploitation_country", lambda f: [f[3]])


def _plain_number(value: float) -> float | int:
    """6 rather than 6.0: a median of an even count of whole days may end in .5, most do not."""
    return int(value) if value == int(value) else round(value, 1)


# --- deadlines missed --------------------------------------------------------------------------------

def deadlines_missed(facts: Facts) -> StatTable:
    """Obligations whose due day fell in the period (before today) and that are still not met, by rule, each
    under the person's case open on that day; and the referrals whose answer was due in the period and came
    late or not at all. From the stored obligations: one met late is not counted (they keep no lateness)."""
    period = facts.period
    last = min(period.last, facts.today - dt.timedelta(days=1))
    missed: dict[str, list[str]] = defaultdict(list)
    by_person: dict[str, list] = defaultdict(list)
    for case in facts.cases.values():
        by_person[case.person].append(case)
    core = facts.session.connection()
    if last >= period.first:
        o = StoredObligation
        conditions = [o.met.is_(False), o.due >= period.first, o.due <= last]
        if not facts.whole_office:  # the office's: every person (matched to the cases below), with no filter
            conditions.append(o.person_id.in_(select(Case.person_id).where(*facts.scope(), Case.opened_on <= last)))
        for person, rule, due_text in core.execute(
                select(type_coerce(o.person_id, String), o.rule, type_coerce(o.due, String)).where(*conditions)):
            day = day_of(due_text)
            assert day is not None
            open_then = [c for c in by_person.get(hex_of(person), ()) if c.open_on(day)]
            if open_then:
                missed[rule].append(max(open_then, key=lambda c: (c.opened, c.id)).id)
        overdue_days = int(settings.value(facts.session, settings.FOLLOW_UP_OVERDUE,
                                          settings.DEFAULTS[settings.FOLLOW_UP_OVERDUE]))
        earliest_sent = period.first - dt.timedelta(days=overdue_days)
        for case_id, status, sent, answered in core.execute(
                select(type_coerce(Referral.case_id, String), type_coerce(Referral.status, String),
                       type_coerce(Referral.sent_on, String), type_coerce(Referral.answered_on, String))
                .join(Case, Case.id == Referral.case_id)
                .where(*facts.scope(), Referral.archived_at.is_(None), Referral.sent_on >= earliest_sent,
                       Referral.sent_on <= last - dt.timedelta(days=overdue_days))):
            sent_day, answered_day = day_of(sent), day_of(answered)
            assert sent_day is not None
            due = sent_day + dt.timedelta(days=overdue_days)
            late = answered_day > due if answered_day is not None else status == ReferralStatus.sent.value
            if late and hex_of(case_id) in facts.cases:
                missed[REFERRAL_FOLLOW_UP].append(hex_of(case_id))
    note = None if facts.session.get_bind().dialect.name == "sqlite" else "deadlines_at_office"
    return StatTable("deadlines_missed", ("rule",), ("missed", "persons"), tuple(
        StatRow((rule,), (Cell.count(cases, len(cases)), _persons_cell(facts, cases)))
        for rule, cases in sorted(missed.items(), key=lambda item: (-len(item[1]), item[0]))),
        unit="deadlines", chart="missed", note=note)


# --- the labour quota --------------------------------------------------------------------------------

def quota_use(facts: Facts) -> StatTable | None:
    """The quota of the period's last year: allocated and used units by region and work category. The
    office's as a whole: not in a caseworker's own report."""
    if not has(facts.actor, Role.supervisor):
        return None
    from models.services import quota

    use = quota.usage_in(facts.session, facts.period.last.year)
    rows = [StatRow((u.region, u.category), (Cell(u.allocated), Cell(u.used), Cell(u.remaining),
                                              Cell(None if u.share is None else round(100 * u.share, 1))))
            for u in use.uses]
    if use.unplaced:
        rows.append(StatRow(("", ""), (Cell(None), Cell(use.unplaced), Cell(None), Cell(None))))
    return StatTable("quota_use", ("region", "work_category"), ("allocated", "used", "remaining", "share_used"),
                     tuple(rows), unit="units", note="quota_year")


TABLES: list[TableFunction] = [
    overview, cases_by_category, persons_by_citizenship, persons_by_sex, persons_by_age_group, persons_by_region,
    referred_to_us, trafficking, victims_by_sex_and_age, victims_by_region, identified_by, victims_by_exploitation,
    victims_by_recruitment, victims_by_exploitation_country, referrals_sent, services_given, deadlines_missed,
    quota_use,
]
