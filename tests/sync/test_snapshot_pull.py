"""A supervisor's first sync reads its pages from one consistent snapshot of the office (issue 25, item 13): a
person and a case pushed by another laptop between two pages arrive together, after the snapshot, never as a
case without its person. Against a real office server, the pages made small so that there are many."""
from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from models.entities import Case, Person
from models.sync import laptop
from models.sync.tables import ORDER
from tests.sync import conftest as sync_fixtures
from tests.sync.helpers import make_laptop
from tests.sync.test_push_pull import new_case

sync_office, office, office_server = sync_fixtures.sync_office, sync_fixtures.office, sync_fixtures.office_server


PAGE = 3  # rows per page of the snapshot: many small pages


class PushBetweenPages:
    """The supervisor's office connection; once the snapshot's pages are past the persons (and before the
    cases), another laptop pushes a new person with a case."""

    def __init__(self, office: Any, meanwhile: Any) -> None:
        self.office, self.meanwhile = office, meanwhile
        self.client = getattr(office, "client", None)
        self.pages = 0
        self.pushed_at: int | None = None

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        return self.office.push(changes)

    def pull(self, since: int, limit: int, snapshot: str | None) -> dict[str, Any]:
        page = self.office.pull(since, min(limit, PAGE) if snapshot else limit, snapshot)
        if snapshot:
            self.pages += 1
            token = json.loads(page["snapshot"]) if page.get("snapshot") else None
            if self.pushed_at is None and token and ORDER["persons"] < token["table"] <= ORDER["cases"]:
                self.meanwhile()
                self.pushed_at = self.pages
        return page


def test_rows_pushed_between_a_first_pulls_pages_arrive_whole(tmp_path, office, office_server):
    aliya = make_laptop(tmp_path, office, office_server, "aliya")
    for n in range(4):
        new_case(aliya, family_name=f"Абенов{n}")
    aliya.sync()
    supervisor = make_laptop(tmp_path, office, office_server, "serik", "supervisor")
    late: dict[str, Any] = {}

    def meanwhile() -> None:
        late["person"], late["case"] = new_case(aliya, family_name="Поздний")
        aliya.sync()

    between = PushBetweenPages(supervisor.office, meanwhile)
    result = laptop.sync(supervisor.db, office=between)  # fails its foreign keys if read page by page
    assert between.pushed_at is not None and between.pages > between.pushed_at  # pages came after the push
    with supervisor.db.reading() as session:
        assert session.get(Person, late["person"].id) is not None
        case = session.get(Case, late["case"].id)
        assert case is not None and case.person_id == late["person"].id
        orphans = session.scalars(select(Case.id).where(~Case.person_id.in_(select(Person.id)))).all()
    assert orphans == [] and result.pulled > 0


def test_a_snapshot_the_office_no_longer_holds_is_started_again(tmp_path, office, office_server):
    from models.sync import SyncError

    supervisor = make_laptop(tmp_path, office, office_server, "bolat", "supervisor")
    forged = json.dumps({"hwm": 0, "table": 1, "after": None, "held": "no-such-snapshot"})
    with pytest.raises(SyncError) as expired:
        supervisor.office.pull(0, 3, forged)
    assert expired.value.code == "snapshot_expired"
    with supervisor.db.transaction() as session:  # as if a sync had stopped halfway through that snapshot
        laptop._set_state(session.connection(), "snapshot", forged)
    result = supervisor.sync()
    assert result.pulled > 0
