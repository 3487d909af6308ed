"""Conflicts resolved (audited, synced), and partial replication: a laptop holds exactly what its user
may see, read table by table from the raw file; a reassigned or made-sensitive case is removed."""
from __future__ import annotations

import contextlib
import sqlite3
import uuid

from sqlalchemy import select

from models.entities import AuditEntry, Case, Person
from models.services import cases, persons
from models.sync import conflicts
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import PERSON, new_case


def test_both_see_the_conflict_and_resolving_it_is_audited_and_synced(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    person, case = new_case(saule)
    saule.sync()
    boss.sync()
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": "111"})
    persons.update_person(boss.db, boss.actor, person.id, person.version, PERSON | {"phone": "222"})
    saule.sync()
    boss.sync()
    saule.sync()
    [mine] = conflicts.open_conflicts(saule.db, saule.actor)
    [theirs] = conflicts.open_conflicts(boss.db, boss.actor)
    assert mine.id == theirs.id and (mine.kept_value, mine.other_value) == ("111", "222")
    assert mine.other_by == "Boss" and mine.kept_by == "Saule"
    changes = conflicts.resolve(saule.db, saule.actor, mine.id, keep="other").changes
    assert person.id in changes.person_ids
    with saule.db.reading() as session:
        assert session.get(Person, person.id).phone == "222"
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert actions[-2:] == ["change", "resolve_conflict"]
    saule.sync()
    boss.sync()
    assert conflicts.open_conflicts(boss.db, boss.actor) == []
    with boss.db.reading() as session:
        assert session.get(Person, person.id).phone == "222"
    with office.reading() as session:
        assert session.get(Person, person.id).phone == "222"


def raw_ids(lap) -> dict[str, set[str]]:
    """Every id in every table of the laptop's file, read with sqlite3 (not through Qamqor)."""
    found: dict[str, set[str]] = {}
    with contextlib.closing(sqlite3.connect(lap.db.path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            for column in ("id", "case_id", "person_id", "row_id", "record_id"):
                if column in columns:
                    found.setdefault(table, set()).update(
                        str(v) for (v,) in conn.execute(f"SELECT {column} FROM {table}") if v is not None)
    return found


def holds(lap, *ids: uuid.UUID) -> bool:
    """Whether any table holds one of these ids. The laptop's own audit trail is left out: it keeps
    what this user did herself (a chain that is never cut) and has gone to the office already."""
    found = raw_ids(lap)
    found.pop("audit_log", None)
    everything = set().union(*found.values())
    return any(i.hex in everything or str(i) in everything for i in ids)


def test_a_caseworker_never_holds_a_case_she_may_not_see(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    dana = make_laptop(tmp_path, office, office_server, "dana")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    for lap in (saule, dana, boss):
        lap.sync()
    sp, sc = new_case(saule, family_name="Саулина")
    dp, dc = new_case(dana, family_name="Данина")
    hp, hc = new_case(dana, family_name="Скрытова")
    cases.update_case(dana.db, dana.actor, hc.id, hc.version,
                      {"person_id": hp.id, "category": "trafficking_survivor", "opened_on": hc.opened_on, "sensitive": True,
                       "caseworker_id": dana.actor.user_id})
    for lap in (saule, dana, boss, saule, dana):
        lap.sync()
    assert holds(saule, sp.id, sc.id) and not holds(saule, dp.id, dc.id, hp.id, hc.id)
    assert holds(boss, sp.id, dp.id, hp.id, hc.id)
    # shared with Saule: she gets it; the sensitive one can never be shared
    cases.share_case(dana.db, dana.actor, dc.id, saule.actor.user_id)
    dana.sync()
    saule.sync()
    assert holds(saule, dp.id, dc.id) and not holds(saule, hp.id, hc.id)
    # Saule's case goes to Dana: removed from Saule's file at her next sync, and it arrives at Dana's
    cases.reassign_cases(boss.db, boss.actor, [sc.id], dana.actor.user_id)
    boss.sync()
    result = saule.sync()
    assert result.removed == 2  # the case and its person
    assert not holds(saule, sp.id, sc.id)
    dana.sync()
    with dana.db.reading() as session:
        assert session.get(Case, sc.id).caseworker_id == dana.actor.user_id
    # the shared case made sensitive by the supervisor: gone from Saule's file
    with boss.db.reading() as session:
        shared = session.get(Case, dc.id)
    cases.update_case(boss.db, boss.actor, dc.id, shared.version,
                      {"person_id": dp.id, "category": "labour_migrant", "opened_on": shared.opened_on, "sensitive": True,
                       "caseworker_id": dana.actor.user_id})
    boss.sync()
    assert saule.sync().removed == 2
    assert not holds(saule, dp.id, dc.id, hp.id, hc.id)


def test_an_encrypted_laptop_syncs(tmp_path, office, office_server):
    saule = make_laptop(tmp_path, office, office_server, "saule", passphrase="correct horse battery staple")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    saule.sync()
    person, _ = new_case(saule)
    saule.sync()
    boss.sync()
    persons.update_person(boss.db, boss.actor, person.id, person.version, PERSON | {"phone": "333"})
    boss.sync()
    saule.sync()
    with saule.db.reading() as session:
        assert session.get(Person, person.id).phone == "333"
    assert saule.db.path.read_bytes()[:16] != b"SQLite format 3\x00"
