"""Permits, employers and contracts."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import PermitKind, StrEnum


class WorkCategory(StrEnum):
    """Quota categories of work permits [002:L257-L262]."""

    first = "first"  # managers
    second = "second"  # heads of subdivisions
    third = "third"  # specialists
    fourth = "fourth"  # skilled workers
    seasonal = "seasonal"
    intra_corporate = "intra_corporate"


class EmployerKind(StrEnum):
    company = "company"
    domestic = "domestic"  # a private household employing domestic workers on patents


class ContractKind(StrEnum):
    employment = "employment"
    civil = "civil"


class Employer(Record):
    __tablename__ = "employers"

    name: Mapped[str] = mapped_column(String(200))
    bin: Mapped[str | None] = mapped_column(String(12), index=True)  # business (or individual) id number
    region: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[EmployerKind] = mapped_column(default=EmployerKind.company)


class Permit(Record):
    __tablename__ = "permits"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[PermitKind]
    number: Mapped[str | None] = mapped_column(String(40))
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date | None]  # empty for a permanent residence permit
    issuer: Mapped[str | None] = mapped_column(String(200))
    work_category: Mapped[WorkCategory | None]
    employer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employers.id"), index=True)


class Contract(Record):
    __tablename__ = "contracts"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    employer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employers.id"), index=True)
    kind: Mapped[ContractKind]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
