"""The foreign labour quota: units allocated per year, region and permit category [000:L448], [002:L257-L262]."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.entities.work import WorkCategory


class QuotaAllocation(Record):
    __tablename__ = "quota_allocations"
    __table_args__ = (UniqueConstraint("year", "region", "category"),)

    year: Mapped[int]
    region: Mapped[str] = mapped_column(String(100))
    category: Mapped[WorkCategory]
    units: Mapped[int]


class EmployerHeadcount(Record):
    """An employer's staff on a day, as declared by the employer (or found by an inspection).

    The local-content check needs it [004:L142]: at least 70 % of management positions and 90 % of
    specialist and skilled positions held by citizens. Qamqor knows only the foreigners it works with,
    so the totals and the citizens among them must come from the employer.
    """

    __tablename__ = "employer_headcounts"

    employer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employers.id"), index=True)
    counted_on: Mapped[dt.date]
    managers: Mapped[int]  # managers and heads of subdivisions (permit categories 1 and 2)
    managers_citizens: Mapped[int]
    specialists: Mapped[int]  # specialists and skilled workers (permit categories 3 and 4)
    specialists_citizens: Mapped[int]
    source: Mapped[str | None] = mapped_column(String(200))  # "declaration for 2026", "labour inspection"
