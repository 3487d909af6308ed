"""A person and their identity documents."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.entities.base import Record
from models.kinds import StrEnum


class Sex(StrEnum):
    female = "female"
    male = "male"
    unknown = "unknown"


class BirthRegistration(StrEnum):
    """Whether a child's birth is registered: children born without registration are in the seeds
    [001:L106, 000:L550], and without it a child has no documents."""

    yes = "yes"
    no = "no"
    unknown = "unknown"


class DocumentKind(StrEnum):
    passport = "passport"
    id_card = "id_card"
    travel_document = "travel_document"
    refugee_travel_document = "refugee_travel_document"
    stateless_travel_document = "stateless_travel_document"
    birth_certificate = "birth_certificate"
    other = "other"


class Person(Record):
    __tablename__ = "persons"

    # Names as written in the person's documents (Cyrillic or Latin) ...
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    # ... and their Latin transliteration, as in a machine-readable passport.
    family_name_latin: Mapped[str] = mapped_column(String(100))
    given_name_latin: Mapped[str] = mapped_column(String(100))
    patronymic_latin: Mapped[str | None] = mapped_column(String(100))
    # Many migrants know only their year of birth: birth_date is then empty.
    birth_date: Mapped[dt.date | None]
    birth_year: Mapped[int | None]
    sex: Mapped[Sex] = mapped_column(default=Sex.unknown)
    citizenship: Mapped[str] = mapped_column(String(3), index=True)  # ISO alpha-3, XXA stateless
    iin: Mapped[str | None] = mapped_column(String(12), index=True)
    languages: Mapped[str | None] = mapped_column(String(200))  # comma-separated ISO 639 codes
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    # Derived from the address unless given (models.regions): the supervisor's alerts and caseloads by region.
    region: Mapped[str | None] = mapped_column(String(100), index=True)
    # RULES.md 3, stay.90_in_180 condition 5: crew, drivers, couriers ... are exempt.
    exempt_category: Mapped[str | None] = mapped_column(String(40))
    # Set when a supervisor merged this record into another (models.services.duplicates): the office then takes
    # what laptops still push about this record to that one. No foreign key: a laptop may hold this record
    # without the kept one, which its user may not see.
    merged_into: Mapped[uuid.UUID | None]
    birth_registered: Mapped[BirthRegistration] = mapped_column(default=BirthRegistration.unknown)

    documents: Mapped[list[IdentityDocument]] = relationship(back_populates="person")


class IdentityDocument(Record):
    __tablename__ = "identity_documents"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[DocumentKind]
    number: Mapped[str] = mapped_column(String(40), index=True)
    issuing_country: Mapped[str] = mapped_column(String(3))
    issued_on: Mapped[dt.date | None]
    expires_on: Mapped[dt.date | None]

    person: Mapped[Person] = relationship(back_populates="documents")
