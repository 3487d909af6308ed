"""The supervisor's alerts: every open obligation of every open case the actor may see, on one list.

Read from the `obligations` table that the services keep current (see
models.services.deadlines), never recomputed here: an alert is a stored
obligation not yet met of a person with a live case that is not closed
(the `alert` flag), and its status follows from its stored `due` and the chosen
"as of" day (RULES.md section 1: overdue when `due < as_of`; due soon when
`0 <= due - as_of <= DUE_SOON_DAYS`, `models.rules.dates`). The counts and the first page are read from the
partial index `ix_obligations_alerts` alone; the full list is handed out as
keys, in the index's order, and read a page at a time.

Besides the persons' obligations the list carries:
- referral follow-ups (a sent referral with no answer), from
  `models.services.follow_ups`;
- planned services of a case not given yet (`service.planned`), due on their
  planned day, from `models.services.case_services`;
- once a year the employers' 1 October deadline for next year's foreign labour
  needs (`quota.employer_request`): one office-wide row for supervisors, the
  coming 1 October (after it has passed, next year's), since Qamqor does not
  record employers' submissions.

Decisions:
- A person with two open cases has their obligations listed once, under the
  most recently opened of the cases the actor may see.
- An "as of" day in the future answers "what will be overdue on 1 March?" from
  the due dates stored today; obligations that do not exist yet (a stay not
  yet recorded) cannot be foreseen.
- Stored obligations are computed as of the day of the last change; a full
  recompute brings them to today (`recompute_if_stale`, which the desktop runs
  in the background at start when the oldest `computed_on` is before today).

The package, one module per concern (callers import from here, as before):
`filters` (windows, the filter, the counts), `rows` (what is handed out),
`conditions` (the SQL conditions), `stored` (the stored obligations),
`office` (follow-ups and the employers' deadline), `reads` (the public reads),
`freshness` (recomputing when a day has passed).
"""
from __future__ import annotations

from models.rules.dates import DUE_SOON_DAYS
from models.services.alerts.filters import (
    MONTH_DAYS,
    NO_REGION,
    REFERRAL_FOLLOW_UP,
    SERVICE_PLANNED,
    WINDOWS,
    AlertCounts,
    AlertFilter,
    Window,
)
from models.services.alerts.freshness import computed_on, is_stale, recompute_if_stale
from models.services.alerts.reads import alert_keys, alert_rows, alerts, breakdown, by_week, counts, overview
from models.services.alerts.rows import AlertRow, Breakdown, Overview, dashed, status_of

__all__ = [
    "DUE_SOON_DAYS", "MONTH_DAYS", "NO_REGION", "REFERRAL_FOLLOW_UP", "SERVICE_PLANNED", "WINDOWS", "AlertCounts", "AlertFilter",
    "AlertRow", "Breakdown", "Overview", "Window", "alert_keys", "alert_rows", "alerts", "breakdown", "by_week",
    "computed_on", "counts", "dashed", "is_stale", "overview", "recompute_if_stale", "status_of",
]
