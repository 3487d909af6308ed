"""The foreign labour quota: units allocated per year, region and permit category [000:L448], [002:L257-L262]."""
from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
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
