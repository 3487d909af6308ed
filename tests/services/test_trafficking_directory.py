"""The service directory: seeded from the sources without invented contacts, kept by admins and supervisors."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.entities import AuditEntry, Organisation, Setting
from models.services import directory
from models.services.base import Actor
from models.services.errors import PermissionDenied, ValidationFailed

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"  # ../shared/seeds beside the repository


def test_the_seed_list_is_the_organisations_the_sources_name(db, actor) -> None:
    names = {o.name for o in directory.organisations(db, actor)}
    assert names == {"IOM Astana", "IOM Almaty", "Rodnik", "Sana Sezim",
                     "Kazakhstan International Bureau of Human Rights", "Kazakhstan Red Cross Society",
                     "Caritas Kazakhstan", "MIA Directorate for Combating Trafficking in Persons",
                     "Interdepartmental Commission against Human Trafficking",
                     "Ministry of Foreign Affairs (consular assistance)"}
    for organisation in directory.organisations(db, actor):
        assert re.search(r"\[00\d:L\d+", organisation.source), organisation.name


def test_no_contact_detail_is_invented() -> None:
    """Every phone number, e-mail and address of the seed list is written in the source it cites."""
    if not SEEDS.is_dir():
        pytest.skip("the source documents are not on this machine")
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("0*.txt")}
    entries = tomllib.loads(directory.SEED_FILE.read_text(encoding="utf-8"))["organisation"]
    with_contacts = 0
    for entry in entries:
        cited = {number for number in re.findall(r"\[(\d{3}):", entry["source"])}
        text = " ".join(seeds[n] for n in cited)
        for key in ("phone", "email", "address", "website"):
            if key in entry:
                with_contacts += 1
                assert entry[key].replace(",", "") in text.replace(",", "").replace("Tel .: ", ""), (entry["name"], key)
    assert with_contacts == 8  # IOM Astana and IOM Almaty: the only contacts the sources give


def test_seeding_happens_once_and_is_audited(db, actor) -> None:
    directory.organisations(db, actor)
    assert directory.ensure_seeded(db) == 0
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 10
        seeded = session.scalars(select(AuditEntry).where(AuditEntry.action == "seed")).one()
    assert seeded.details == {"version": 1, "added": 10}


def test_an_archived_seed_entry_is_not_brought_back(db, actor) -> None:
    admin = Actor.system()
    rodnik = next(o for o in directory.organisations(db, admin) if o.name == "Rodnik")
    directory.archive_organisation(db, admin, rodnik.id, rodnik.version)
    with db.transaction() as session:  # as if a newer Qamqor shipped a longer list
        session.merge(Setting(key=directory.SEED_SETTING, value=0))
    assert directory.ensure_seeded(db) == 0
    assert "Rodnik" not in {o.name for o in directory.organisations(db, actor)}


def test_filters_keep_entries_that_do_not_say(db, actor) -> None:
    legal = directory.organisations(db, actor, service="legal_aid")
    assert {o.name for o in legal} >= {"Sana Sezim", "Kazakhstan International Bureau of Human Rights"}
    almaty = {o.name for o in directory.organisations(db, actor, region="almaty")}
    assert "IOM Almaty" in almaty and "IOM Astana" not in almaty and "Sana Sezim" in almaty


def test_a_caseworker_reads_the_directory_but_does_not_change_it(db, actor) -> None:
    entry = {"name": "Crisis centre", "kind": "shelter", "services": ["shelter", "psychological"],
             "regions": ["Shymkent"], "languages": ["kk", "ru"], "opening_hours": "24/7"}
    with pytest.raises(PermissionDenied, match="Only a"):
        directory.add_organisation(db, actor, entry)
    added = directory.add_organisation(db, Actor.system(), entry).value
    assert added.opening_hours == "24/7"
    with pytest.raises(ValidationFailed, match="is not a service Qamqor knows"):
        directory.add_organisation(db, Actor.system(), entry | {"services": ["spa"]})
    with pytest.raises(ValidationFailed, match="is not an e-mail address"):
        directory.add_organisation(db, Actor.system(), entry | {"email": "crisis centre"})


def test_the_office_details_are_kept_by_admin_or_supervisor(db, actor) -> None:
    assert directory.office(db, actor) is None
    with pytest.raises(PermissionDenied):
        directory.set_office(db, actor, {"name": "Sенім"})
    directory.set_office(db, Actor.system(), {"name": "ҚҚ «Сенім»", "phone": "+7 727 000 00 00"})
    assert directory.office(db, actor).name == "ҚҚ «Сенім»"
