"""The sync simulation (issue 14): three laptops edit offline and sync in random orders, with pushes and
pulls cut off halfway; at the end every laptop must hold exactly what its user may see, equal to the
office's rows field by field, and every edit made anywhere must be in the data or in a conflict record.

    .venv/bin/python scripts/sync_simulation.py [--seed N] [--steps N]

It starts its own PostgreSQL cluster and the office server process on loopback, prints what it did, and
exits 0 only when everything converged with nothing lost. tests/sync/test_simulation.py runs `simulate`.
Laptops: two caseworkers and a supervisor (who reassigns cases and makes one sensitive, offline too).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from models.entities import Case, Person, SyncConflict  # noqa: E402
from models.server.database import OfficeDatabase  # noqa: E402
from models.services import cases, persons  # noqa: E402
from models.services.errors import ServiceError  # noqa: E402
from models.sync import laptop  # noqa: E402
from models.sync.office import visible  # noqa: E402
from models.sync.tables import PRIVATE_USER_COLUMNS, TABLES, encode_row  # noqa: E402
from tests.sync.helpers import Laptop, Server, make_laptop  # noqa: E402

PERSON_FIELDS = ("phone", "address", "languages")
BASE = {"given_name": "Алишер", "birth_date": "1990-04-12", "sex": "male", "citizenship": "UZB"}


class Cut(Exception):
    """The connection dropped (the simulation's kill -9 / closed lid)."""


class Flaky:
    """The office as a laptop sees it over a bad line: a push or a pull dropped after the office acted."""

    def __init__(self, office: Any, rng: random.Random, rate: float) -> None:
        self.office, self.rng, self.rate = office, rng, rate
        self.cuts = 0

    def _maybe_cut(self) -> None:
        if self.rng.random() < self.rate:
            self.cuts += 1
            raise Cut()

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        answer = self.office.push(changes)  # applied at the office ...
        self._maybe_cut()  # ... and the answer lost
        return dict(answer)

    def pull(self, since: int, limit: int, snapshot: str | None) -> dict[str, Any]:
        self._maybe_cut()
        return dict(self.office.pull(since, limit, snapshot))


@dataclass
class Edit:
    laptop: str
    table: str
    row_id: Any
    field: str
    value: Any
    old: Any


@dataclass
class Report:
    steps: Counter = field(default_factory=Counter)
    edits: list[Edit] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cuts: int = 0
    conflicts: int = 0
    removed: int = 0
    refused: int = 0  # changes the office refused: an honest laptop's edits never are

    @property
    def converged(self) -> bool:
        return not self.problems and not self.refused

    def count(self, kind: str) -> int:
        """Problems of one kind: "lost" (an edit in neither the data nor a conflict), "disagreement" (a
        laptop differs from the office, or still holds changes), "leak" (a row its user may not see)."""
        words = {"lost": ("lost:",), "leak": ("may not see",),
                 "disagreement": ("missing", "differs", "still waiting")}[kind]
        return sum(1 for p in self.problems if any(w in p for w in words) and not (
            kind == "disagreement" and "may not see" in p))


def _person_data(stored: Person) -> dict[str, Any]:
    return {"family_name": stored.family_name, "given_name": stored.given_name, "patronymic": stored.patronymic,
            "birth_date": stored.birth_date, "birth_year": stored.birth_year, "sex": stored.sex,
            "citizenship": stored.citizenship, "phone": stored.phone, "address": stored.address,
            "languages": stored.languages}


def _case_data(stored: Case) -> dict[str, Any]:
    return {"person_id": stored.person_id, "category": stored.category, "status": stored.status,
            "caseworker_id": stored.caseworker_id, "priority": stored.priority, "sensitive": stored.sensitive,
            "opened_on": stored.opened_on}


def _held(lap: Laptop, entity: type) -> list[Any]:
    """The live rows of a laptop, in an order a seed reproduces (ids are random: names are not)."""
    with lap.db.reading() as session:
        query = select(entity).where(entity.archived_at.is_(None))
        if entity is Case:
            query = query.join(Person, Person.id == Case.person_id)
        return list(session.scalars(query.order_by(Person.family_name)))


def simulate(office: OfficeDatabase, server: Server, folder: Path, *, seed: int = 1, steps: int = 120,
             cut_rate: float = 0.15, log: Any = print) -> Report:
    rng = random.Random(seed)
    report = Report()
    anna = make_laptop(folder, office, server, "anna")
    bota = make_laptop(folder, office, server, "bota")
    boss = make_laptop(folder, office, server, "boss", "supervisor")
    laptops = [anna, bota, boss]
    workers = [anna, bota]
    counter = iter(range(10**6))
    for lap in laptops:
        lap.sync()

    def sync(lap: Laptop, flaky: bool) -> None:
        transport = Flaky(lap.office, rng, cut_rate if flaky else 0.0)
        try:
            result = laptop.sync(lap.db, office=transport) if flaky else lap.sync()
            report.conflicts += result.conflicts
            report.removed += result.removed
            report.refused += result.refused
        except Cut:
            report.cuts += 1
        if flaky:  # a small batch so that a push is cut between batches too
            pass

    def edit_person(lap: Laptop) -> None:
        held = _held(lap, Person)
        if not held:
            return
        stored = rng.choice(held)
        name = rng.choice(PERSON_FIELDS)
        value = f"{name}-{lap.name}-{next(counter)}"
        try:
            persons.update_person(lap.db, lap.actor, stored.id, stored.version, _person_data(stored) | {name: value})
        except ServiceError:
            return
        report.edits.append(Edit(lap.name, "persons", stored.id, name, value, getattr(stored, name)))

    def edit_case(lap: Laptop) -> None:
        held = _held(lap, Case)
        if not held:
            return
        stored = rng.choice(held)
        value = rng.choice(["low", "normal", "high", "urgent"])
        if value == stored.priority.value:
            return
        try:
            cases.update_case(lap.db, lap.actor, stored.id, stored.version, _case_data(stored) | {"priority": value})
        except ServiceError:
            return
        report.edits.append(Edit(lap.name, "cases", stored.id, "priority", value, stored.priority.value))

    for _ in range(steps):
        lap = rng.choice(laptops)
        roll = rng.random()
        if roll < 0.15 and lap is not boss:
            p = persons.create_person(lap.db, lap.actor, BASE | {"family_name": f"Фамилия{next(counter)}"}).value
            cases.open_case(lap.db, lap.actor, {"person_id": p.id, "category": "labour_migrant",
                                                "opened_on": dt.date(2026, 1, 5), "caseworker_id": lap.actor.user_id})
            report.steps["create"] += 1
        elif roll < 0.45:
            edit_person(lap)
            report.steps["edit person"] += 1
        elif roll < 0.55:
            edit_case(lap)
            report.steps["edit case"] += 1
        elif roll < 0.62:
            held = [c for c in _held(boss, Case) if not c.sensitive]
            if held:
                case = rng.choice(held)
                to = rng.choice([w for w in workers if w.actor.user_id != case.caseworker_id] or workers)
                cases.reassign_cases(boss.db, boss.actor, [case.id], to.actor.user_id)
                report.steps["reassign"] += 1
        elif roll < 0.64 and not report.steps["made sensitive"]:
            held = _held(boss, Case)
            if held:
                case = rng.choice(held)
                cases.update_case(boss.db, boss.actor, case.id, case.version, _case_data(case) | {"sensitive": True})
                report.steps["made sensitive"] += 1
        else:
            sync(lap, flaky=True)
            report.steps["sync"] += 1
    report.steps["final rounds"] = 3
    for _ in range(3):
        for lap in rng.sample(laptops, len(laptops)):
            sync(lap, flaky=False)
    check(office, laptops, report)
    log(f"seed {seed}: {dict(report.steps)}; {len(report.edits)} edits, {report.cuts} cut-off syncs, "
        f"{report.conflicts} conflicts, {report.removed} removed, {report.refused} refused; "
        + ("converged, nothing lost" if report.converged else f"{len(report.problems)} PROBLEMS"))
    for problem in report.problems[:20]:
        log("  " + problem)
    return report


def _rows(session: Any, spec: Any, where: Any) -> dict[str, dict[str, Any]]:
    columns = [c for c in spec.table.c if not (spec.name == "users" and c.name in PRIVATE_USER_COLUMNS)]
    rows = session.execute(select(*columns).where(where)).all()
    return {"/".join(str(r._mapping[k]) for k in spec.key): encode_row(r) for r in rows}


def check(office: OfficeDatabase, laptops: list[Laptop], report: Report) -> None:
    """Every laptop equals the office's view for its user, table by table, field by field; no edit lost."""
    from sqlalchemy import true

    for lap in laptops:
        if laptop.waiting(lap.db):
            report.problems.append(f"{lap.name}: {laptop.waiting(lap.db)} changes still waiting")
        for spec in TABLES:
            with office.reading() as session:
                expected = _rows(session, spec, visible(spec, lap.actor))
            with lap.db.reading() as session:
                held = _rows(session, spec, true())
            if spec.name == "users":  # accounts are the office's /accounts' business (models.sync.accounts):
                # here only that every account the laptop's rows name is there, named as at the office
                shown = ("id", "username", "full_name", "role", "also_admin")
                expected = {k: {c: v[c] for c in shown} for k, v in expected.items()}
                held = {k: {c: v[c] for c in shown} for k, v in held.items() if k in expected}
            for key in expected.keys() - held.keys():
                report.problems.append(f"{lap.name}: missing {spec.name} {key}")
            for key in held.keys() - expected.keys():
                report.problems.append(f"{lap.name}: holds {spec.name} {key} it may not see")
            for key in expected.keys() & held.keys():
                if expected[key] != held[key]:
                    diff = {c for c in expected[key] if expected[key][c] != held[key].get(c)}
                    report.problems.append(f"{lap.name}: {spec.name} {key} differs in {sorted(diff)}")
    with office.reading() as session:
        data = {(t, str(r.id)): r for t, entity in (("persons", Person), ("cases", Case))
                for r in session.scalars(select(entity))}
        kept: dict[tuple[str, str, str], set[str]] = {}
        for c in session.scalars(select(SyncConflict)):
            kept.setdefault((c.table_name, str(c.row_id), c.field), set()).update({str(c.kept_value),
                                                                                  str(c.other_value)})
        aside = {(c.table_name, str(c.row_id)) for c in session.scalars(select(SyncConflict))
                 if c.field == "*"}
    replaced = {(e.table, str(e.row_id), e.field, str(e.old)) for e in report.edits}
    for e in report.edits:
        row = data.get((e.table, str(e.row_id)))
        now = getattr(row, e.field, None) if row is not None else None
        now = now.value if hasattr(now, "value") else now
        if (str(now) == str(e.value) or str(e.value) in kept.get((e.table, str(e.row_id), e.field), set())
                or (e.table, str(e.row_id), e.field, str(e.value)) in replaced
                or (e.table, str(e.row_id)) in aside):
            continue
        if e.table == "cases" and now is not None:
            continue  # a priority is one of four values: a later edit may have chosen it again
        history = [(x.laptop, x.old, x.value) for x in report.edits if x.row_id == e.row_id and x.field == e.field]
        report.problems.append(f"lost: {e.laptop} set {e.table}.{e.field} = {e.value!r} (office has {now!r}; "
                               f"edits of it: {history}; conflicts: {kept.get((e.table, str(e.row_id), e.field))})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--steps", type=int, default=150)
    args = parser.parse_args()
    from tests.sync.helpers import private_office

    print("PostgreSQL and the office server starting")
    with private_office("qamqor-sim-") as (office, server, folder):
        print(f"office server at {server.url}")
        report = simulate(office, server, folder, seed=args.seed, steps=args.steps)
    return 0 if report.converged else 1


if __name__ == "__main__":
    sys.exit(main())
