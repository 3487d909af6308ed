"""Each person's obligations as the rule engine last computed them.

Derived data, kept so that lists of cases and the supervisor's alerts are an
indexed query rather than a recomputation of 100,000 persons: the services
rewrite a person's rows whenever that person's data changes, and all rows after
a rule version changes. The status (overdue, due soon) is not stored: it
follows from `due` and today.
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Base


class StoredObligation(Base):
    __tablename__ = "obligations"
    __table_args__ = (Index("ix_obligations_open_due", "met", "due"),)

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)  # order among the person's obligations
    rule: Mapped[str] = mapped_column(String(60))
    due: Mapped[dt.date]
    met: Mapped[bool]
    rule_version: Mapped[str] = mapped_column(String(80))
    computed_on: Mapped[dt.date]  # the "as of" day of the computation
