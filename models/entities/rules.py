"""Rule versions an administrator added after the release (the defaults ship in resources/rules)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record


class RuleVersionRecord(Record):
    __tablename__ = "rule_versions"

    rule: Mapped[str] = mapped_column(String(60), index=True)  # e.g. "registration.deadline"
    params: Mapped[dict] = mapped_column(JSON)
    effective_from: Mapped[dt.date]
    effective_to: Mapped[dt.date | None]
    citation: Mapped[str] = mapped_column(Text)
    verification: Mapped[str] = mapped_column(Text, default="")
