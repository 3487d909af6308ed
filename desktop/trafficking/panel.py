"""The case view's "Trafficking and referrals" tab: screening and assessment, consent, referrals.

It reads its own file when first shown (opening a case stays as fast as before) and again after
any change to the case's screening, consent or referrals.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.operations import Changes
from desktop.operations import referral as referral_ops
from desktop.operations.case_file import trafficking_file
from desktop.trafficking import dialogs, facts
from desktop.trafficking import operations as ops
from desktop.trafficking.letter_preview import LetterPreview
from desktop.trafficking.operations import TraffickingFile
from desktop.trafficking.words import organisation_name, word, words
from desktop.workspace import Workspace
from models.entities import ReferralStatus
from models.ids import CaseId
from models.services.referrals import NEXT
from models.services.screening import indicator_set, summary

S = ReferralStatus


class _Table(QTableWidget):
    """A short table whose columns share its width: every header readable, long cells elided (the
    whole text in the tooltip), no sideways scrolling while the headers fit, and three rows in view."""

    def __init__(self, parent: QWidget, headers: list[str], name: str, whole: tuple[int, ...] = ()) -> None:
        super().__init__(0, len(headers), parent)
        self.whole = whole  # columns never cut (the referral's reference)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(self.horizontalHeader().sizeHint().height() + 3 * rows + 2 * self.frameWidth()
                              + self.horizontalScrollBar().sizeHint().height())

    def fill(self, rows: list[list[str]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        columns = range(self.columnCount())
        room = self.viewport().width()
        # Qt's size hint for each header, or where they do not all fit (Kazakh at 1024 pixels), the words and
        # their margins alone: the hint keeps a few pixels more than the words need.
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2
        tight = [header.fontMetrics().horizontalAdvance(str(self.model().headerData(
            c, Qt.Orientation.Horizontal) or "")) + margin for c in columns]
        for headers in ([header.sectionSizeHint(c) for c in columns], tight):
            need = [max(h, self.sizeHintForColumn(c) + 8) for c, h in zip(columns, headers)]
            short = self.fontMetrics().horizontalAdvance("00/00/0000") + 16  # dates and yes/no are never cut
            base = [n if n <= short or c in self.whole else h for c, n, h in zip(columns, need, headers)]
            if sum(base) < room:
                break
        if sum(need) <= room:
            widths = need
        elif sum(base) >= room:
            widths = base
        else:
            extra, wanted = room - sum(base), sum(n - b for n, b in zip(need, base))
            widths = [b + (n - b) * extra // wanted for n, b in zip(need, base)]
        for c, width in zip(columns, widths):
            header.resizeSection(c, width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()


def _table(parent: QWidget, headers: list[str], name: str, whole: tuple[int, ...] = ()) -> _Table:
    return _Table(parent, headers, name, whole)


def _fill(table: _Table, rows: list[list[str]]) -> None:
    table.fill(rows)


def _buttons(parent: QWidget, *labels: str) -> tuple[QVBoxLayout, list[QPushButton]]:
    """The buttons under a box, three to a row: five Russian labels side by side outgrow a 1024-pixel screen."""
    rows = QVBoxLayout()
    made = [QPushButton(label, parent) for label in labels]
    for start in range(0, len(made), 3):
        row = QHBoxLayout()
        for button in made[start:start + 3]:
            row.addWidget(button)
        row.addStretch(1)
        rows.addLayout(row)
    return rows, made


class TraffickingPanel(QWidget):
    loaded = Signal()

    def __init__(self, ws: Workspace, case_id: CaseId, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.case_id = ws, case_id
        self.file: TraffickingFile | None = None
        self._wanted = False
        self._offered: TraffickingFile | None = None
        self.facts_read: tuple | None = None
        QVBoxLayout(self)
        ws.changed.connect(self._on_changes)

    def _build(self) -> None:
        """The tab's widgets, made when it is first shown: opening a case does not wait for a tab unseen."""
        ws = self.ws
        screening_box = QGroupBox(self.tr("Screening and assessment"), self)
        self.assessment = QLabel(screening_box)
        self.assessment.setWordWrap(True)
        self.screenings = QListWidget(screening_box)
        self.screenings.setObjectName("screenings")
        self.screenings.setWordWrap(True)  # an interview's line names its indicators' groups: read whole
        row, (self.screen_button, self.assess_button, self.facts_button) = _buttons(
            screening_box, self.tr("New screening…"), self.tr("Record assessment…"), self.tr("Case facts…"))
        self.facts_line = QLabel(screening_box)
        self.facts_line.setObjectName("facts_line")
        self.facts_line.setWordWrap(True)
        column = QVBoxLayout(screening_box)
        column.addWidget(self.assessment)
        column.addWidget(self.facts_line)
        # A few interviews in view; the tables below need the room more.
        self.screenings.setMaximumHeight(self.screenings.fontMetrics().lineSpacing() * 5 + 8)
        column.addWidget(self.screenings, 1)
        column.addLayout(row)

        consent_box = QGroupBox(self.tr("Consent"), self)
        self.consents = _table(consent_box, [self.tr("Purpose"), self.tr("Organisation"), self.tr("May share"),
                                             self.tr("Given"), self.tr("How"), self.tr("In force")], "consents")
        row, (self.consent_button, self.withdraw_button) = _buttons(
            consent_box, self.tr("Record consent…"), self.tr("Withdraw…"))
        column = QVBoxLayout(consent_box)
        column.addWidget(self.consents, 1)
        column.addLayout(row)

        referral_box = QGroupBox(self.tr("Referrals"), self)
        self.referrals = _table(referral_box, [self.tr("Reference"), self.tr("Organisation"), self.tr("Services"),
                                               self.tr("Urgency"), self.tr("Status"), self.tr("Sent"),
                                               self.tr("Follow-up")], "referrals", whole=(0,))
        row, (self.refer_button, self.edit_button, self.send_button, self.step_button, self.letter_button) = \
            _buttons(referral_box, self.tr("New referral…"), self.tr("Change draft…"), self.tr("Send…"),
                     self.tr("Record progress…"), self.tr("Letter…"))
        column = QVBoxLayout(referral_box)
        column.addWidget(self.referrals, 1)
        column.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for box in (screening_box, consent_box, referral_box):
            splitter.addWidget(box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 2)
        outer = self.layout()
        assert outer is not None  # made in __init__
        outer.addWidget(splitter)

        self.screen_button.clicked.connect(lambda: self._open(dialogs.ScreeningDialog(ws, self._shown_file(), self)))
        self.assess_button.clicked.connect(lambda: self._open(dialogs.AssessmentDialog(ws, self._shown_file(), self)))
        self.facts_button.clicked.connect(self.record_facts)
        self.consent_button.clicked.connect(
            lambda: self._open(dialogs.ConsentDialog(ws, self._shown_file(), self, referral=self.current_referral())))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.refer_button.clicked.connect(lambda: self._open(dialogs.ReferralDialog(ws, self._shown_file(), None, self)))
        self.edit_button.clicked.connect(
            lambda: self._open(dialogs.ReferralDialog(ws, self._shown_file(), self.current_referral(), self)))
        self.send_button.clicked.connect(self.send)
        self.step_button.clicked.connect(lambda: self._open(dialogs.StepDialog(ws, self._shown_file(), self.current_referral(),
                                                                               self)))
        self.letter_button.clicked.connect(lambda: self.show_letter())
        self.referrals.itemSelectionChanged.connect(self._update_buttons)
        self.consents.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._wanted:
            self._wanted = True
            self._build()
            if self._offered is not None:  # read with the case file already: shown without a read of its own
                self._show(self._offered)
            else:
                self.load()

    def offer(self, file: TraffickingFile) -> None:
        """The tab's part of the case file, read with it: shown now if the tab is, else when it is first shown."""
        self._offered = file
        if self._wanted:
            self._show(file)

    def load(self) -> None:
        trafficking_file(self.ws, parent=self, case_id=self.case_id).success(self._show).run_in_background()

    def _on_changes(self, changes: Changes, _initiator: object) -> None:
        # The tab lists the case's attachments (for consent forms) and the directory's organisations too.
        if self._wanted and (changes.referral or changes.attachments or changes.directory) \
                and changes.concerns(case_id=self.case_id):
            self.load()

    def _show(self, file: TraffickingFile) -> None:
        selected = self.current_referral()
        self.file = file
        if file.assessments:
            latest = file.assessments[0]
            by = word("assessed_by", latest.assessed_by) + (f" – {latest.assessor}" if latest.assessor else "")
            self.assessment.setText(self.tr("<b>Assessment:</b> {0} ({1}, {2})").format(
                word("outcome", latest.outcome), by, i18n.show_date(latest.assessed_on)))
        else:
            self.assessment.setText(self.tr("<b>Assessment:</b> none yet. The caseworker decides; the screening's "
                                            "indicators support the decision."))
        self.screenings.clear()
        names = {u.id: u.full_name for u in self.ws.users}
        for done in file.screenings:
            found = summary(done)
            groups = ", ".join(indicator_set().group_name(g, i18n.current()) for g in found.present)
            self.screenings.addItem(self.tr("{0} – {1}: {2} indicator(s) present{3}").format(
                i18n.show_date(done.interviewed_on), names.get(done.interviewer_id, ""), found.count,
                f" ({groups})" if groups else ""))
        _fill(self.consents, [[word("purpose", c.purpose), organisation_name(file, c.organisation_id),
                               words("part", c.scope), i18n.show_date(c.given_on), word("method", c.method),
                               self.tr("yes") if c.withdrawn_on is None else
                               self.tr("withdrawn {0}").format(i18n.show_date(c.withdrawn_on))]
                              for c in file.consents])
        _fill(self.referrals, [dialogs.describe_referral(file, r) for r in file.referrals])
        ops.read_facts(self.ws, parent=self, case_id=self.case_id).success(self._show_facts).run_in_background()
        if selected is not None:
            ids = [r.id for r in file.referrals]
            if selected.id in ids:
                self.referrals.selectRow(ids.index(selected.id))
        self._update_buttons()
        self.loaded.emit()

    def _show_facts(self, read) -> None:
        self.facts_read = read  # (the facts or None, the form the screening suggests)
        self.facts_line.setText(facts.summary(read[0]))

    def record_facts(self) -> None:
        if self.facts_read is not None:
            recorded, suggested = self.facts_read
            self._open(facts.FactsDialog(self.ws, self.case_id, recorded, suggested, self))

    # --- the selected rows ----------------------------------------------------------------------

    def current_referral(self):
        row = self.referrals.currentRow()
        if self.file is None or not (0 <= row < len(self.file.referrals)) or not self.referrals.selectedItems():
            return None
        return self.file.referrals[row]

    def current_consent(self):
        row = self.consents.currentRow()
        if self.file is None or not (0 <= row < len(self.file.consents)) or not self.consents.selectedItems():
            return None
        return self.file.consents[row]

    def _shown_file(self) -> TraffickingFile:
        """The file shown; the buttons that open its dialogs are enabled only once it is read."""
        assert self.file is not None, "the file is not read yet"
        return self.file

    def _update_buttons(self) -> None:
        ready = self.file is not None
        for button in (self.screen_button, self.assess_button, self.consent_button, self.refer_button,
                       self.facts_button):
            button.setEnabled(ready)
        referral = self.current_referral()
        status = S(referral.status) if referral else None
        self.edit_button.setEnabled(status == S.draft)
        self.send_button.setEnabled(status == S.draft)
        self.step_button.setEnabled(status is not None and bool([s for s in NEXT[status] if s != S.sent]))
        self.letter_button.setEnabled(status is not None and status != S.revoked)
        consent = self.current_consent()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    # --- actions --------------------------------------------------------------------------------

    def _open(self, dialog: dialogs.FormDialog) -> dialogs.FormDialog:
        self.dialog = dialog  # tests reach the open dialog here
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        if (consent := self.current_consent()) is not None:
            dialog = self._open(dialogs.WithdrawDialog(self.ws, self._shown_file(), consent, self))
            dialog.saved.connect(self._after_withdrawal)

    def _after_withdrawal(self, withdrawal) -> None:
        if withdrawal.referrals_to_revoke:
            QMessageBox.information(self, self.tr("Consent withdrawn"), self.tr(
                "These referrals relied on this consent: {0}. Their letters can no longer be printed. Revoke them "
                "(Record progress…) and tell the organisations.").format(", ".join(withdrawal.referrals_to_revoke)))

    def send(self) -> None:
        referral = self.current_referral()
        if referral is None:
            return
        referral_ops.consent_check(self.ws, parent=self, referral_id=referral.id) \
            .success(lambda check: self._send_with(referral, check)).run_in_background()

    def _send_with(self, referral, check) -> None:
        dialog = self._open(dialogs.SendDialog(self.ws, self._shown_file(), referral, check, self))
        # Sent: the letter the person carries is what comes next.
        dialog.saved.connect(lambda sent: self.show_letter(sent))

    def show_letter(self, referral=None) -> LetterPreview | None:
        referral = referral or self.current_referral()
        if referral is None:
            return None
        self.preview = LetterPreview(self.ws, referral.id, referral.reference, self)
        self.preview.open()
        return self.preview
