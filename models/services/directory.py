"""The service directory: shelters, legal aid, medical and psychological help, IOM, police, consulates,
hotlines; and the office's own details, which head its letters.

Everyone who signs in may read the directory (it holds nothing about persons);
an administrator or a supervisor keeps it.

Seeding: a new database gets the organisations of `resources/directory/organisations.toml`
(those the sources name, with only the contact details they give) the first time the directory
is read, through the same validated and audited path as any other entry, by the system. A
setting remembers the version seeded, so that a later list adds only new names and never brings
back an entry the office archived. (A data migration would have frozen the list into the schema
history and written no audit entries.)
"""
from __future__ import annotations

import tomllib
from functools import cache
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import Organisation, Role, Setting
from models.ids import OrganisationId
from models.paths import resource
from models.schemas.common import Input
from models.schemas.trafficking import OrganisationIn, OrganisationOut
from models.schemas.validation import validate
from models.services import audit
from models.services.base import Actor, Kind, create, done, get_live, reading, writing
from models.services.permissions import require

SEED_FILE = resource("directory", "organisations.toml")
SEED_SETTING = "directory.seed_version"


def _guard(session: Session, actor: Actor, new: OrganisationIn | None, stored: Organisation | None) -> None:
    require(actor, Role.admin, Role.supervisor, doing="change the service directory")


ORGANISATION = Kind(Organisation, OrganisationIn, OrganisationOut, guard=_guard,
                    changes=lambda _: Changes(directory=True))


@cache
def seed_list() -> tuple[int, tuple[dict, ...]]:
    data = tomllib.loads(SEED_FILE.read_text(encoding="utf-8"))
    return int(data["version"]), tuple(data["organisation"])


@cache
def _known_names() -> dict[str, dict[str, str]]:
    return tomllib.loads((SEED_FILE.parent / "names.toml").read_text(encoding="utf-8"))


def names_of(name: str) -> tuple[tuple[str, str], ...]:
    """A seed organisation's name in Russian and Kazakh, (language, name), where known; else nothing."""
    return tuple(sorted(_known_names().get(name, {}).items()))


def _seeded_version(session: Session) -> int:
    """The version of the seed list this database has had (stored as a number), 0 if none."""
    row = session.get(Setting, SEED_SETTING)
    value = row.value if row is not None else None
    return int(value) if isinstance(value, int | str) else 0


def ensure_seeded(db: Database) -> int:
    """Add the seed list's organisations if this database has not had this version yet; how many were added."""
    version, entries = seed_list()
    with db.reading() as session:
        if _seeded_version(session) >= version:
            return 0
    added = 0
    system = Actor.system()
    with writing(db, system) as session:
        if _seeded_version(session) >= version:  # again, inside the write: another window may have seeded
            return 0
        known = set(session.scalars(select(Organisation.name)))  # archived ones too: never resurrected
        for entry in entries:
            if entry["name"] not in known:
                create(session, Organisation, validate(OrganisationIn, entry), system)
                added += 1
        session.merge(Setting(key=SEED_SETTING, value=version))
        audit.record(session, None, "seed", "organisations", None, version=version, added=added)
    return added


def organisations(db: Database, actor: Actor, *, service: str | None = None, region: str | None = None,
                  language: str | None = None) -> list[OrganisationOut]:
    """The live directory, by name; filtered by a service, a region or a language if given.

    Organisations that name no region (or no language) are kept by those filters: the sources
    often do not say, and leaving them out would hide them."""
    ensure_seeded(db)
    with reading(db, actor) as session:
        rows = [OrganisationOut.model_validate(o) for o in session.scalars(
            select(Organisation).where(Organisation.archived_at.is_(None)).order_by(Organisation.name))]
    if service:
        rows = [o for o in rows if service in o.services]
    if region:
        rows = [o for o in rows if not o.regions or any(region.casefold() == r.casefold() for r in o.regions)]
    if language:
        rows = [o for o in rows if not o.languages or language in o.languages]
    return rows


def get_organisation(db: Database, actor: Actor, organisation_id: OrganisationId) -> OrganisationOut:
    with reading(db, actor) as session:
        return OrganisationOut.model_validate(get_live(session, Organisation, organisation_id))


def add_organisation(db: Database, actor: Actor, data: Any) -> Done[OrganisationOut]:
    return ORGANISATION.create(db, actor, data)


def update_organisation(db: Database, actor: Actor, organisation_id: OrganisationId, expected_version: int,
                        data: Any) -> Done[OrganisationOut]:
    return ORGANISATION.update(db, actor, organisation_id, expected_version, data)


def archive_organisation(db: Database, actor: Actor, organisation_id: OrganisationId,
                         expected_version: int) -> Done[OrganisationOut]:
    """Out of the directory; referrals already made to it keep pointing at it."""
    return ORGANISATION.archive(db, actor, organisation_id, expected_version)


# --- the office's own details: the header of every letter ----------------------------------


class OfficeIn(Input):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    # The name as letters in each language print it (a Kazakh letter heads with the Kazakh name); empty: `name`.
    name_kk: Annotated[str | None, Field(max_length=200)] = None
    name_ru: Annotated[str | None, Field(max_length=200)] = None
    name_en: Annotated[str | None, Field(max_length=200)] = None
    address: Annotated[str | None, Field(max_length=300)] = None
    # The address as a letter in each language prints it; empty: `address`.
    address_kk: Annotated[str | None, Field(max_length=300)] = None
    address_ru: Annotated[str | None, Field(max_length=300)] = None
    address_en: Annotated[str | None, Field(max_length=300)] = None
    phone: Annotated[str | None, Field(max_length=100)] = None
    email: Annotated[str | None, Field(max_length=200)] = None
    website: Annotated[str | None, Field(max_length=200)] = None


OFFICE_SETTING = "office"


def office_in(session: Session) -> OfficeIn | None:
    row = session.get(Setting, OFFICE_SETTING)
    return OfficeIn.model_validate(row.value) if row is not None and row.value else None


def office(db: Database, actor: Actor) -> OfficeIn | None:
    """The office's name and contacts as its letters print them (None until an administrator sets them)."""
    with reading(db, actor) as session:
        return office_in(session)


def set_office(db: Database, actor: Actor, data: Any) -> Done[OfficeIn]:
    data = validate(OfficeIn, data)
    with writing(db, actor) as session:
        require(actor, Role.admin, Role.supervisor, doing="change the office's details")
        before = office_in(session)
        session.merge(Setting(key=OFFICE_SETTING, value=data.model_dump()))
        audit.record(session, actor.user_id, "change", "settings", None, key=OFFICE_SETTING,
                     changes=audit.changes(before.model_dump() if before else {}, data.model_dump()))
        return done(session, data, Changes(directory=True))
