"""The engine against a deliberately naive day-by-day reading of RULES.md.

Nothing here shares code with the engine beyond the input dataclasses and
the default rule set's dates: presence is a set of days, a window is 180
days summed one by one, the latest exit is found by walking forward a day
at a time. Random stays, permits, contracts and registrations; the engine's
days_in_window, overstay_days, latest_exit, planned_max_days and the
stay.90_in_180 due date must equal the naive ones.
"""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.rules.engine import evaluate
from models.rules.situation import Contract, Permit, Registration, Situation, Stay
from tests.rules.helpers import RULES

ONE = timedelta(days=1)
RULE_90_FROM = date(2023, 1, 27)
CATEGORIES_FROM = date(2024, 2, 25)
PER_ENTRY_FROM = date(2017, 1, 1)
EAEU = {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
REGISTER_30 = EAEU | {"TJK"}
RESIDENCE = {"temporary_residence", "permanent_residence"}
FOREVER = date(2200, 1, 1)


def three_years_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 3)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 3, day=28)


def covers(first: date, last: date | None, day: date) -> bool:
    return first <= day and (last is None or day <= last)


class Naive:
    """RULES.md section 3, one day at a time."""

    def __init__(self, person: Situation, as_of: date) -> None:
        self.person = person
        self.as_of = as_of

    def counted(self, day: date, present: set[date]) -> bool:
        p = self.person
        return (day in present and day >= RULE_90_FROM
                and not any(k.kind in RESIDENCE and covers(k.valid_from, k.valid_to, day) for k in p.permits)
                and not (p.citizenship in EAEU and any(covers(c.start, c.end, day) for c in p.contracts))
                and not (p.exempt_category is not None and day >= CATEGORIES_FROM))

    def presence(self, open_until: date, extra_from: date | None = None, until: date = FOREVER) -> set[date]:
        days = set()
        for s in self.person.stays:
            if s.basis != "visa_free":
                continue
            day, last = s.entry, (s.exit if s.exit is not None else max(open_until, s.entry))
            while day <= min(last, until):
                days.add(day)
                day += ONE
        if extra_from is not None:
            day = extra_from
            while day <= until:
                days.add(day)
                day += ONE
        return days

    def window(self, day: date, present: set[date], cache: dict) -> int:
        if day not in cache:
            cache[day] = sum(self.counted(day - k * ONE, present) for k in range(180))
        return cache[day]

    def current(self) -> Stay | None:
        inside = [s for s in self.person.stays
                  if s.entry <= self.as_of and (s.exit is None or s.exit >= self.as_of)]
        if not inside:
            return None
        return max(inside, key=lambda s: (s.entry, s.exit is None, s.exit or date.min))

    def days_in_window(self) -> int:
        present = self.presence(self.as_of, until=self.as_of)
        return self.window(self.as_of, present, {})

    def overstay_days(self) -> int:
        present = self.presence(self.as_of, until=self.as_of)
        cache: dict = {}
        return max([0] + [self.window(day, present, cache) - 90 for day in present
                          if day <= self.as_of and self.counted(day, present)])

    def first_breach_90(self, start: date, present: set[date], horizon: date) -> date | None:
        cache: dict = {}
        day = start
        while day <= horizon:
            if self.counted(day, present) and self.window(day, present, cache) > 90:
                return day
            day += ONE
        return None

    def latest_exit(self) -> tuple[date | None, date | None]:
        """(latest exit, last legal day under 90/180 alone) for the current stay."""
        stay = self.current()
        p = self.person
        if stay is None or p.citizenship == "KAZ":
            return None, None
        horizon = three_years_after(self.as_of)
        breaches = []
        ninety = None
        if stay.basis == "visa_free":
            present = self.presence(FOREVER, extra_from=stay.entry, until=horizon)
            breach = self.first_breach_90(stay.entry, present, horizon)
            if breach is not None:
                breaches.append(breach)
                ninety = breach - ONE
            if stay.entry >= PER_ENTRY_FROM and p.citizenship not in EAEU:
                days = 30
                if p.citizenship in REGISTER_30:
                    last_registration_day = min(stay.entry + 30 * ONE, stay.exit or FOREVER, self.as_of)
                    if any(stay.entry <= r.date <= last_registration_day for r in p.registrations):
                        days = 90
                day = stay.entry + days * ONE
                while day <= horizon:
                    if not any(k.kind in RESIDENCE and covers(k.valid_from, k.valid_to, day) for k in p.permits):
                        breaches.append(day)
                        break
                    day += ONE
        if stay.basis in ("visa", "residence_permit"):
            def documented(day: date) -> bool:
                return any(k.kind in RESIDENCE | {"visa"} and covers(k.valid_from, k.valid_to, day)
                           for k in p.permits)
            if documented(stay.entry):
                day = stay.entry
                while day <= horizon and documented(day):
                    day += ONE
                if day <= horizon:
                    breaches.append(day)
        return (min(breaches) - ONE if breaches else None), ninety

    def planned_max_days(self) -> int | None:
        entry = self.person.planned_entry
        if entry is None or self.person.citizenship == "KAZ":
            return None
        horizon = three_years_after(entry)
        present = self.presence(self.as_of, extra_from=entry, until=horizon)
        breaches = []
        if (breach := self.first_breach_90(entry, present, horizon)) is not None:
            breaches.append(breach)
        if entry >= PER_ENTRY_FROM and self.person.citizenship not in EAEU:  # planning: taken to register
            day = entry + (90 if self.person.citizenship in REGISTER_30 else 30) * ONE
            while day <= horizon:
                if not any(k.kind in RESIDENCE and covers(k.valid_from, k.valid_to, day) for k in self.person.permits):
                    breaches.append(day)
                    break
                day += ONE
        return (min(breaches) - entry).days if breaches else None


START = date(2022, 6, 1)
offsets = st.integers(0, 1000)


@st.composite
def situations(draw):
    def day() -> date:
        return START + timedelta(days=draw(offsets))

    def maybe_end(first: date, longest: int, open_chance: float) -> date | None:
        if draw(st.floats(0, 1)) < open_chance:
            return None
        return first + timedelta(days=draw(st.integers(0, longest)))

    stays = []
    for _ in range(draw(st.integers(0, 6))):
        entry = day()
        stays.append(Stay(entry, maybe_end(entry, 120, 0.15),
                          draw(st.sampled_from(["visa_free"] * 6 + ["visa", "residence_permit", "other"]))))
    permits = []
    for _ in range(draw(st.integers(0, 3))):
        start = day()
        kind = draw(st.sampled_from(["visa", "temporary_residence", "permanent_residence", "work_permit"]))
        permits.append(Permit(kind, start, maybe_end(start, 400, 0.2)))
    contracts = []
    for _ in range(draw(st.integers(0, 2))):
        start = day()
        contracts.append(Contract(start, maybe_end(start, 300, 0.3)))
    registrations = tuple(Registration(day()) for _ in range(draw(st.integers(0, 3))))
    # Registrations near an entry are the interesting ones for the 90-day per-entry limit.
    registrations += tuple(Registration(s.entry + timedelta(days=draw(st.integers(0, 35)))) for s in stays
                           if draw(st.booleans()))
    as_of = day()
    planned = draw(st.one_of(st.none(), st.integers(-30, 250).map(lambda n: as_of + timedelta(days=n))))
    person = Situation(
        draw(st.sampled_from(["UZB", "TJK", "RUS", "KGZ", "KOR", "XXA", "KAZ"])), tuple(stays), registrations,
        tuple(permits), tuple(contracts), exempt_category=draw(st.sampled_from([None, None, None, "courier"])),
        planned_entry=planned)
    return person, as_of


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situations())
def test_engine_equals_the_naive_day_by_day_reading(case):
    person, as_of = case
    naive = Naive(person, as_of)
    result = evaluate(person, RULES, as_of)
    foreigner = person.citizenship != "KAZ"
    assert result.stay.present == (naive.current() is not None)
    assert result.stay.days_in_window == (naive.days_in_window() if foreigner else 0)
    assert result.stay.overstay_days == (naive.overstay_days() if foreigner else 0)
    latest_exit, ninety = naive.latest_exit()
    assert result.stay.latest_exit == latest_exit
    listed = [o.due for o in result.obligations if o.rule == "stay.90_in_180"]
    assert listed == ([] if ninety is None else [ninety])
    assert result.stay.planned_max_days == naive.planned_max_days()
