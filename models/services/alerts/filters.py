"""Which alerts: the due-date windows and the filter of the alert list, and the counts per window."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Literal

from models.entities import Category
from models.rules.dates import DUE_SOON_DAYS

MONTH_DAYS = 30
REFERRAL_FOLLOW_UP = "referral.follow_up"
SERVICE_PLANNED = "service.planned"  # a planned service of a case not given yet (issue 29)
Window = Literal["overdue", "today", "week", "month", "attention", "all"]
WINDOWS: tuple[str, ...] = ("attention", "overdue", "today", "week", "month", "all")
NO_REGION = ""  # the region filter's value for persons whose region is not recorded


@dataclass(frozen=True)
class AlertFilter:
    """Which alerts: a due-date window around "as of", and optional rule, caseworker, region and category.

    Windows: `overdue` (due before as of), `today`, `week` (today to DUE_SOON_DAYS days on),
    `month` (today to 30 days on), `attention` (overdue or within 30 days: the
    default) and `all` (every open obligation). `within` (days) replaces the
    window by "overdue or due within that many days".
    """

    window: Window = "attention"
    within: int | None = None
    rule: str | None = None
    caseworker_id: uuid.UUID | None = None
    unassigned: bool = False  # only cases with no caseworker
    region: str | None = None  # stored region name, or NO_REGION
    category: Category | str | None = None

    def due_range(self, as_of: dt.date) -> tuple[dt.date | None, dt.date | None]:
        """(first, last) due date included; None: no bound."""
        if self.within is not None:
            return None, as_of + dt.timedelta(days=self.within)
        day = dt.timedelta(days=1)
        return {
            "overdue": (None, as_of - day),
            "today": (as_of, as_of),
            "week": (as_of, as_of + DUE_SOON_DAYS * day),
            "month": (as_of, as_of + MONTH_DAYS * day),
            "attention": (None, as_of + MONTH_DAYS * day),
            "all": (None, None),
        }[self.window]

    @property
    def by_case(self) -> bool:
        """Whether a condition on the case (caseworker, region, category) applies."""
        return bool(self.caseworker_id or self.unassigned or self.region is not None or self.category)


@dataclass(frozen=True)
class AlertCounts:
    """How many alerts in each window (with every filter but the window applied)."""

    overdue: int = 0
    today: int = 0
    week: int = 0  # due today to 7 days on
    month: int = 0  # due today to 30 days on

    def __add__(self, other: AlertCounts) -> AlertCounts:
        return AlertCounts(self.overdue + other.overdue, self.today + other.today, self.week + other.week,
                           self.month + other.month)

    def as_dict(self) -> dict[str, int]:
        return {"overdue": self.overdue, "today": self.today, "week": self.week, "month": self.month}
