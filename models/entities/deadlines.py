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

from sqlalchemy import ForeignKey, Index, String, false, text
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Base

# Written out, not as a bound parameter: SQLite uses a partial index only for a query whose WHERE clause
# contains this very term.
ON_ALERT_LIST = text("alert = 1")


class StoredObligation(Base):
    __tablename__ = "obligations"
    __table_args__ = (
        Index("ix_obligations_open_due", "met", "due"),
        # The supervisor's alert list, in its order: read alone, never the table (100,000 persons: the
        # counts and the first page in ~20 ms, where a join to the cases takes ~300 ms).
        Index("ix_obligations_alerts", "due", "rule", "person_id", "position", sqlite_where=ON_ALERT_LIST),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)  # order among the person's obligations
    rule: Mapped[str] = mapped_column(String(60))
    due: Mapped[dt.date]
    met: Mapped[bool]
    rule_version: Mapped[str] = mapped_column(String(80))
    computed_on: Mapped[dt.date]  # the "as of" day of the computation
    # On the supervisor's alert list: not met, and the person has a live case that is not closed. Derived:
    # written with the row by `deadlines._store`, and by triggers on `cases` when a case is opened, closed,
    # archived or moved to another person (migration 0007).
    alert: Mapped[bool] = mapped_column(default=False, server_default=false())
