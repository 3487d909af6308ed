"""A person's records as one list, newest first: stays, registrations, permits, contracts,
asylum and refugee records, expulsions, and the case's own events."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop import i18n, labels
from desktop.case_view.record_forms import kind_name
from models.clock import local, today
from models.schemas.records import ProceedingOut, Records

translate = QCoreApplication.translate  # the name lupdate looks for


@dataclass(frozen=True)
class Entry:
    day: dt.date
    kind: str  # a history kind, "document", or "case_opened"/"case_closed"
    what: str
    details: str
    record: object | None  # the DTO to edit; None for the case's own events


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def set_records(self, records: Records, case) -> None:
        self.beginResetModel()
        self.entries = sorted(self._entries(records, case), key=lambda e: e.day, reverse=True)
        self.endResetModel()

    def _entries(self, records: Records, case) -> list[Entry]:
        d = i18n.show_date
        open_end = self.tr("open-ended")
        found = [Entry(case.opened_on, "case_opened", self.tr("Case opened"), labels.value(case.category), None)]
        if case.closed_on:
            found.append(Entry(case.closed_on, "case_closed", self.tr("Case closed"), case.closed_reason or "", None))
        now = today()
        for s in records.stay:
            if s.entry_date > now:  # a planned trip: no deadline reads it as a fact (models.rules.engine)
                back = translate("Timeline", "leaving {0}").format(d(s.exit_date)) if s.exit_date else ""
                text = translate("Timeline", "Planned trip: entering {0} ({1})").format(
                    d(s.entry_date), labels.value(s.basis)) + (f", {back}" if back else "")
                found.append(Entry(s.entry_date, "stay", translate("Timeline", "Planned trip"), text, s))
                continue
            left = self.tr("left {0}").format(d(s.exit_date)) if s.exit_date else self.tr("still in the country")
            if s.exit_date is not None and s.exit_date > now:
                left = translate("Timeline", "leaving {0} (planned)").format(d(s.exit_date))
            found.append(Entry(s.entry_date, "stay", kind_name("stay"),
                               self.tr("Entered {0} ({1}), {2}").format(d(s.entry_date), labels.value(s.basis), left),
                               s))
        for r in records.registration:
            found.append(Entry(r.registered_on, "registration", kind_name("registration"),
                               ", ".join(filter(None, (r.address, r.host))), r))
        for p in records.permit:
            span = f"{d(p.valid_from)} – {d(p.valid_to) if p.valid_to else open_end}"
            number = self.tr("No. {0}").format(p.number) if p.number else ""
            found.append(Entry(p.valid_from, "permit", labels.value(p.kind), " ".join(filter(None, (number, span))),
                               p))
        for c in records.contract:
            span = f"{d(c.start_date)} – {d(c.end_date) if c.end_date else open_end}"
            found.append(Entry(c.start_date, "contract", labels.value(c.kind), span, c))
        for a in records.asylum_claim:
            decided = (self.tr("{0} on {1}").format(labels.value(a.decision), d(a.decided_on)) if a.decided_on
                       else self.tr("awaiting decision"))
            found.append(Entry(a.registered_on, "asylum_claim", kind_name("asylum_claim"), decided, a))
        for status in records.refugee_status:
            until = self.tr("valid until {0}").format(d(status.valid_to)) if status.valid_to else ""
            found.append(Entry(status.recognized_on, "refugee_status", kind_name("refugee_status"), until, status))
        for e in records.expulsion:
            ban = self.tr("re-entry banned until {0}").format(d(e.ban_until)) if e.ban_until else \
                self.tr("re-entry ban as the law sets it")
            found.append(Entry(e.expelled_on, "expulsion", kind_name("expulsion"), ban, e))
        for held in records.proceeding:
            first = held.protocol_on or held.hearing_on or held.decided_on or local(held.created_at).date()
            found.append(Entry(first, "proceeding", kind_name("proceeding"), self._proceeding(held), held))
        return found

    def _proceeding(self, p: ProceedingOut) -> str:
        """"Art. 517: found liable on 3 June 2024, fine 73840 ₸, expulsion; appealed on 10 June 2024"."""
        d = i18n.show_date
        parts = [labels.value(p.decision) if p.decided_on is None else
                 self.tr("{0} on {1}").format(labels.value(p.decision), d(p.decided_on))]
        if p.fine_amount:
            parts.append(translate("Timeline", "fine {0} ₸").format(p.fine_amount))
        if p.expulsion:
            parts.append(translate("Timeline", "expulsion"))
        text = f"{p.offence}: {', '.join(parts)}"
        if p.appealed_on:
            text += "; " + translate("Timeline", "appealed on {0}").format(d(p.appealed_on))
        return text

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("What"), self.tr("Details"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        return (i18n.show_date(entry.day), entry.what, entry.details)[index.column()]
