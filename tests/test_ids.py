"""One representation of an id per layer (issue 13 item 7): UUIDs, typed by what they name, in schemas and
services; text only at the edges (JSON, Qt models' data). These tests fail if an output schema declares
an id as a string, or a service hands one out as a string."""
from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import subprocess
import sys
import types
import typing
import uuid

import pytest
from pydantic import BaseModel

import models.schemas
from models import ids
from models.demo import REFERENCE_DATE, fill_demo
from models.demo_referrals import add_trafficking_work
from models.ids import CaseId, CaseIds
from models.services import alerts, caseload, cases, deadlines, follow_ups, persons, referrals, search, users
from models.services.base import Actor

WHO = {"by", "created_by", "updated_by", "taken_by"}  # the user who did it (assessed_by is a kind, not a user)


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name in WHO


def _leaves(annotation: object) -> set[object]:
    """The plain types an annotation allows: `UserId | None` -> {UUID, None}; NewTypes to what they wrap."""
    while isinstance(annotation, typing.NewType):
        annotation = annotation.__supertype__
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _leaves(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_leaves(arg) for arg in typing.get_args(annotation)))
    return {annotation}


def _assert_uuid_typed(owner: str, name: str, annotation: object) -> None:
    leaves = _leaves(annotation) - {type(None)}
    assert leaves == {uuid.UUID}, f"{owner}.{name} is declared {annotation!r}: an id is a UUID (models/ids.py)"


def _schema_classes() -> list[type[BaseModel]]:
    for module in pkgutil.iter_modules(models.schemas.__path__):
        importlib.import_module(f"models.schemas.{module.name}")
    found, todo = set(), [BaseModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return sorted((c for c in found if c.__module__.startswith("models.schemas")), key=lambda c: c.__qualname__)


def test_output_schemas_declare_every_id_as_a_uuid() -> None:
    checked = 0
    for schema in _schema_classes():
        for name, info in schema.model_fields.items():
            if _is_id(name):
                _assert_uuid_typed(schema.__qualname__, name, info.annotation)
                checked += 1
    assert checked > 50  # the walk found the schemas (CaseOut, PersonOut, ReferralOut, ...)


def test_the_schemas_name_what_an_id_is() -> None:
    from models.schemas.cases import CaseOut, NoteOut
    from models.schemas.persons import PersonOut
    from models.schemas.trafficking import ReferralOut

    assert CaseOut.model_fields["id"].annotation is ids.CaseId
    assert CaseOut.model_fields["person_id"].annotation is ids.PersonId
    assert NoteOut.model_fields["case_id"].annotation is ids.CaseId
    assert PersonOut.model_fields["id"].annotation is ids.PersonId
    assert ReferralOut.model_fields["organisation_id"].annotation is ids.OrganisationId


SERVICE_ROWS = [cases.CaseRow, caseload.CaseloadCase, caseload.Caseload, follow_ups.FollowUp, referrals.ReferralRow,
                search.Match, users.Account]


@pytest.mark.parametrize("row", SERVICE_ROWS, ids=lambda row: row.__qualname__)
def test_the_rows_services_hand_out_declare_ids_as_uuids(row: type) -> None:
    hints = typing.get_type_hints(row, vars(sys.modules[row.__module__]))
    names = [name for name in hints if _is_id(name)]
    assert names, f"{row.__qualname__} has no id field"
    for name in names:
        _assert_uuid_typed(row.__qualname__, name, hints[name])


def test_the_alert_row_keeps_its_stored_hex_under_hex_names_only() -> None:
    """The alert list builds 100,000 rows: it keeps the stored text, named *_hex, and hands out UUIDs."""
    fields = {f.name: f.type for f in dataclasses.fields(alerts.AlertRow)}
    assert not [name for name in fields if _is_id(name)]
    assert {"case_id", "person_id", "caseworker_id", "referral_id"} <= {
        name for name, value in vars(alerts.AlertRow).items() if isinstance(value, property)}


@pytest.fixture
def demo(db):
    fill_demo(db.engine, persons=300, seed=5, as_of=REFERENCE_DATE)
    add_trafficking_work(db, as_of=REFERENCE_DATE, seed=5)
    deadlines.recompute_all(db, as_of=REFERENCE_DATE)
    search.rebuild(db)
    return db


def _ids_of(row: object) -> dict[str, object]:
    if dataclasses.is_dataclass(row):
        names = [f.name for f in dataclasses.fields(row)]
    else:
        names = list(row._fields)  # type: ignore[attr-defined]  # a NamedTuple
    return {name: getattr(row, name) for name in names if _is_id(name)}


def _assert_uuids(rows: list, *extra: str) -> None:
    assert rows
    for row in rows:
        found = _ids_of(row) | {name: getattr(row, name) for name in extra}
        for name, value in found.items():
            assert value is None or type(value) is uuid.UUID, f"{type(row).__name__}.{name} = {value!r}"


def test_the_case_list_hands_out_uuids(demo) -> None:
    supervisor = Actor.system()
    keys = cases.case_keys(demo, supervisor)
    assert isinstance(keys, CaseIds) and len(keys) > 100
    assert type(keys[0]) is uuid.UUID and all(type(i) is uuid.UUID for i in keys[:5])
    assert cases.case_list(demo, supervisor) == list(keys)
    rows = cases.case_rows(demo, supervisor, keys[:50])
    assert [r.case_id for r in rows] == keys[:50]
    _assert_uuids(rows)


def test_alert_rows_caseloads_follow_ups_and_searches_hand_out_uuids(demo) -> None:
    system = Actor.system()
    keys = alerts.alert_keys(demo, system, alerts.AlertFilter(window="all"), as_of=REFERENCE_DATE)
    rows = alerts.alert_rows(demo, system, keys[:200], as_of=REFERENCE_DATE)
    _assert_uuids(rows, "case_id", "person_id", "caseworker_id", "referral_id")
    assert any(r.referral_id is not None for r in rows + alerts.alert_rows(demo, system, keys, REFERENCE_DATE))
    loads = caseload.caseloads(demo, system, REFERENCE_DATE)
    _assert_uuids(loads)
    busiest = max((load for load in loads if load.caseworker_id), key=lambda load: load.open_cases)
    _assert_uuids(caseload.cases_of(demo, system, busiest.caseworker_id))
    with demo.reading() as session:
        _assert_uuids(follow_ups.follow_ups(session, REFERENCE_DATE))
    named = next(r for r in rows if r.person_id is not None)
    found = search.find(demo, system, named.family_name or "")
    _assert_uuids(found, "case_id")
    assert named.person_id in {m.person_id for m in found}
    assert persons.get_person(demo, system, found[0].person_id).id == found[0].person_id


def test_case_ids_read_lazily_and_slice_to_lists() -> None:
    made = [uuid.uuid4() for _ in range(5)]
    stored = CaseIds([u.hex for u in made])
    assert len(stored) == 5 and list(stored) == made and stored[1:3] == made[1:3] and stored[-1] == made[-1]
    assert isinstance(stored[0], uuid.UUID) and CaseId(made[0]) == stored[0]


def test_the_ids_module_imports_nothing_heavy() -> None:
    """`qamqor alerts` imports models.ids and must load neither pydantic nor SQLAlchemy for it."""
    code = "import sys, models.ids; print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'sqlalchemy'}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

