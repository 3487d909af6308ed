"""Benchmark of the rule engine: `python -m tests.bench.rules [--persons N] [--seed S]`.

Generates persons deterministically (on average 8 stays each, with
registrations, permits, contracts and now and then an asylum claim, refugee
status, expulsion or planned entry), evaluates every one in this process, and
reports persons per second and the peak memory (resident set size from
`resource.getrusage`, plus the Python heap peak from `tracemalloc` measured on
a separate, smaller run because tracing slows evaluation down). Target
(issue 3): 100,000 persons in under 5 seconds.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from datetime import date, timedelta

from models.rules.engine import evaluate
from models.rules.ruleset import load_default_ruleset
from models.rules.situation import (
    EXEMPT_CATEGORIES,
    AsylumClaim,
    Contract,
    Expulsion,
    Permit,
    RefugeeStatus,
    Registration,
    Situation,
    Stay,
)

CITIZENSHIPS = ("UZB",) * 30 + ("TJK",) * 15 + ("KGZ",) * 12 + ("RUS",) * 8 + ("AFG", "CHN", "TUR", "KOR", "AZE",
                "IND", "XXA", "MNG", "BLR", "ARM") * 3 + ("KAZ",)
BASES = ("visa_free",) * 17 + ("visa", "visa", "other")


def generate_person(rng: random.Random) -> tuple[Situation, date]:
    """One person with 4 to 12 stays between 2022 and 2024 (8 on average), and the day to evaluate."""
    citizenship = rng.choice(CITIZENSHIPS)
    day = date(2022, 1, 1) + timedelta(days=rng.randint(0, 500))
    stays, registrations = [], []
    for _ in range(rng.randint(4, 12)):
        entry = day + timedelta(days=rng.randint(-1, 45))  # -1: a same-day or overlapping re-entry now and then
        length = rng.randint(0, 40)
        exit_ = entry + timedelta(days=length)
        stays.append(Stay(entry, exit_, rng.choice(BASES)))
        if rng.random() < 0.6:
            registrations.append(Registration(entry + timedelta(days=rng.randint(0, 8))))
        day = exit_
    as_of = stays[-1].entry + timedelta(days=rng.randint(0, 60))
    if rng.random() < 0.4:  # still in the country
        last = stays[-1]
        stays[-1] = Stay(last.entry, None, last.basis)
    permits = []
    if rng.random() < 0.3:
        start = stays[-1].entry + timedelta(days=rng.randint(-100, 40))
        permits.append(Permit("work_permit", start, start + timedelta(days=364)))
    if rng.random() < 0.1:
        start = stays[rng.randrange(len(stays))].entry + timedelta(days=rng.randint(0, 60))
        permits.append(Permit("temporary_residence", start, start + timedelta(days=rng.randint(90, 1000))))
    if rng.random() < 0.1:
        start = stays[-1].entry - timedelta(days=rng.randint(0, 10))
        permits.append(Permit("visa", start, start + timedelta(days=rng.choice((30, 90, 365)))))
    contracts = []
    if rng.random() < 0.3:
        start = stays[0].entry + timedelta(days=rng.randint(0, 300))
        contracts.append(Contract(start, None if rng.random() < 0.3 else start + timedelta(days=rng.randint(30, 400))))
    return Situation(
        citizenship, tuple(stays), tuple(registrations), tuple(permits), tuple(contracts),
        exempt_category=rng.choice(EXEMPT_CATEGORIES) if rng.random() < 0.02 else None,
        asylum=AsylumClaim(as_of - timedelta(days=rng.randint(0, 400))) if rng.random() < 0.02 else None,
        refugee=RefugeeStatus(as_of - timedelta(days=rng.randint(0, 300))) if rng.random() < 0.02 else None,
        expulsion=Expulsion(stays[0].entry - timedelta(days=rng.randint(1, 2000))) if rng.random() < 0.02 else None,
        planned_entry=as_of + timedelta(days=rng.randint(1, 120)) if rng.random() < 0.05 else None,
    ), as_of


def generate(persons: int, seed: int) -> list[tuple[Situation, date]]:
    rng = random.Random(seed)
    return [generate_person(rng) for _ in range(persons)]


def run(people: list[tuple[Situation, date]]) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds (CPU time is what a busy, shared machine distorts least)."""
    ruleset = load_default_ruleset()
    obligations = 0
    started, started_cpu = time.perf_counter(), time.process_time()
    for situation, as_of in people:
        obligations += len(evaluate(situation, ruleset, as_of).obligations)
    return time.perf_counter() - started, time.process_time() - started_cpu, obligations


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.rules", description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args(argv)

    load_default_ruleset()  # reading TOML is start-up, not evaluation
    started = time.perf_counter()
    people = generate(args.persons, args.seed)
    generated = time.perf_counter() - started
    stays = sum(len(situation.stays) for situation, _ in people)
    seconds, cpu_seconds, obligations = run(people)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux

    sample = people[: min(10_000, len(people))]
    tracemalloc.start()
    run(sample)
    _, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"persons:            {len(people):,} ({stays / len(people):.2f} stays each, seed {args.seed}; "
          f"generated in {generated:.2f} s)")
    print(f"evaluated in:       {seconds:.2f} s  ({len(people) / seconds:,.0f} persons/s, "
          f"{obligations:,} obligations; {cpu_seconds:.2f} s of CPU)")
    print(f"peak memory:        {peak_rss_mb:,.0f} MB resident (whole process, persons included); "
          f"evaluation heap peak {heap_peak / 1024:,.0f} KiB over {len(sample):,} persons (tracemalloc)")
    target = 5.0 * len(people) / 100_000
    print(f"target:             100,000 persons in < 5 s: {'met' if seconds <= target else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
