"""The main window: menus, toolbar and status bar around the case list and the open cases."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QTabWidget

from desktop import i18n, icons
from desktop.case_list.view import CaseListView
from desktop.find_box import FindBox
from desktop.operations import undo as undo_ops
from desktop.workspace import Workspace
from models import __version__
from models.entities import Role
from models.ids import CaseId
from models.services.undo import Step


class MainWindow(QMainWindow):
    preferences_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, ws: Workspace, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ws = ws
        self.settings = settings or QSettings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Qamqor — {0}").format(ws.db.path.name))
        self.setWindowIcon(icons.application())
        self.case_list = CaseListView(ws, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(self.case_list, self.tr("Cases"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)
        self.find_box = FindBox(ws, self)
        self._make_actions()
        self._make_menus_and_toolbar()
        self._make_status_bar()
        self.case_list.open_case.connect(self.open_case)
        self.find_box.person_chosen.connect(self._open_match)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _: self._update_actions())
        ws.busy.connect(self._show_busy)
        ws.undo_changed.connect(self._show_undo)
        self._restore_layout()
        self._update_actions()
        self.case_list.load()

    # --- building -------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot, icon: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(icons.get(icon))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_case_action = self._action(self.tr("&New case…"), keys.New, self.new_case, "new-case")
        self.find_action = self._action(self.tr("&Find a person"), keys.Find, self.focus_find, "find")
        self.save_action = self._action(self.tr("&Save"), keys.Save, self.save, "save")
        self.print_action = self._action(self.tr("&Print case…"), keys.Print, self.print_case, "print")
        self.undo_action = self._action(self.tr("&Undo"), keys.Undo, self.undo, "undo")
        self.redo_action = self._action(self.tr("&Redo"), keys.Redo, self.redo, "redo")
        self.close_case_action = self._action(self.tr("&Close tab"), keys.Close, lambda: self.close_tab(
            self.tabs.currentIndex()))
        self.quit_action = self._action(self.tr("&Quit"), keys.Quit, self.close)
        self.sign_out_action = self._action(self.tr("Sign &out"), None, self.sign_out_requested.emit)
        self.refresh_action = self._action(self.tr("&Refresh"), keys.Refresh, self.refresh, "refresh")
        self.preferences_action = self._action(self.tr("&Preferences…"), keys.Preferences,
                                               self.preferences_requested.emit)
        self.about_action = self._action(self.tr("&About Qamqor"), None, self.about)
        self.new_case_action.setToolTip(self.tr("Open a new case (Ctrl+N)"))

    def _make_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_case_action, self.save_action, self.print_action, self.close_case_action):
            file_menu.addAction(action)
        self.print_letters_action = self._action(self.tr("Print referral &letters…"), None, self.print_letters)
        file_menu.addAction(self.print_letters_action)
        from desktop.importer import import_actions  # File > Import from spreadsheet…, Import template…

        file_menu.addSeparator()
        file_menu.addActions(import_actions(self))
        file_menu.addSeparator()
        file_menu.addAction(self.sign_out_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.directory_action = self._action(self.tr("Service &directory…"), None, self.service_directory)
        edit_menu.addAction(self.directory_action)
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        from desktop.supervisor import dashboard_action  # alerts, caseloads, quota: a window of their own

        view_menu.addAction(dashboard_action(self))
        if Role.supervisor in self.ws.actor.roles:  # the office's persons as a whole: a supervisor's review
            from desktop.supervisor.duplicates_view import open_duplicates

            persons_menu = bar.addMenu(self.tr("&Persons"))
            self.duplicates_action = self._action(self.tr("Likely &duplicates…"), None, lambda: open_duplicates(self))
            self.duplicates_action.setObjectName("duplicatesAction")
            persons_menu.addAction(self.duplicates_action)
        from desktop.reports import add_reports_menu  # Reports › Statistics…, and HTCDS for supervisors

        self.statistics_action = add_reports_menu(self)
        from desktop.sync import add_sync_menus  # File › Connect to office…, Sync now; Sync; the office line

        self.sync_status = add_sync_menus(self, file_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        from desktop.admin import add_account_menus  # File › Change password; Administration (administrators)

        add_account_menus(self, file_menu, self.sign_out_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_case_action)
        toolbar.addWidget(self.find_box)
        toolbar.addAction(self.save_action)
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.undo_action)

    def _make_status_bar(self) -> None:
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # busy: moving, without a percentage
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        who = QLabel(self.tr("Signed in as {0}").format(self.ws.user_name), self)
        self.statusBar().addPermanentWidget(who)
        self.case_list.model.loaded.connect(
            lambda count: self.statusBar().showMessage(self.tr("%n case(s) in the list", "", count), 5000))

    # --- cases ------------------------------------------------------------------

    def case_views(self) -> list:
        return [self.tabs.widget(i) for i in range(1, self.tabs.count())]

    def open_case(self, case_id: CaseId):
        from desktop.case_view.view import CaseView  # imported when first needed: a faster start

        for index, view in enumerate(self.case_views(), start=1):
            if view.case_id == case_id:
                self.tabs.setCurrentIndex(index)
                return view
        view = CaseView(self.ws, case_id, self)
        index = self.tabs.addTab(view, self.tr("Opening…"))
        view.title_changed.connect(lambda title, v=view: self.tabs.setTabText(self.tabs.indexOf(v), title))
        view.open_case.connect(self.open_case)  # a relative's case, from the family panel
        self.tabs.setCurrentIndex(index)
        return view

    def _open_match(self, match) -> None:
        if match.case_id is not None:
            self.open_case(match.case_id)
        else:
            self.statusBar().showMessage(self.tr("{0} has no case yet: open one with New case.").format(
                match.full_name), 8000)

    def current_case(self):
        """The case view in front, or None when the case list is."""
        return self.tabs.currentWidget() if self.tabs.currentIndex() > 0 else None

    def close_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if index < 1 or view is None or not self.may_discard_edits([view]):
            return
        self.tabs.removeTab(index)
        view.deleteLater()

    def may_discard_edits(self, views: list) -> bool:
        """Ask before unsaved edits are lost: save them, throw them away, or stay."""
        dirty = [v for v in views if v.dirty]
        if not dirty:
            return True
        names = ", ".join(v.person_name() for v in dirty)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("You have changes that are not saved ({0}).").format(names),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            for view in dirty:
                view.save()
            return False  # the saves run in the background; close again once they are done
        return answer == QMessageBox.StandardButton.Discard

    # --- actions ----------------------------------------------------------------

    def new_case(self) -> None:
        from desktop.wizard.new_case import NewCaseWizard

        wizard = NewCaseWizard(self.ws, self)
        wizard.case_opened.connect(self.open_case)
        wizard.existing_chosen.connect(self._open_match)
        wizard.open()

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def save(self) -> None:
        if (view := self.current_case()) is not None:
            view.save()

    def print_case(self) -> None:
        if (view := self.current_case()) is not None:
            from desktop.printing import print_case

            print_case(self, view)

    def print_letters(self) -> None:
        from desktop.trafficking.print_letters import PrintLettersDialog

        PrintLettersDialog(self.ws, self).open()

    def service_directory(self) -> None:
        from desktop.trafficking.directory import DirectoryDialog

        DirectoryDialog(self.ws, self).open()

    def undo(self) -> None:
        """Edit > Undo: the undo service reverses the last step (or refuses, in words, and the step is dropped)."""
        step = self.ws.take_undo()
        if step is not None:
            undo_ops.reverse(self.ws, parent=self, step=step) \
                .success(lambda reversal: self._reversed(self.ws.undone, reversal,
                                                         self.tr("Undone: {0}").format(i18n.said_now(step.label)))) \
                .run_in_background()

    def _reversed(self, tell: Callable[[Step], None], reversal: Step, message: str) -> None:
        tell(reversal)  # the workspace's undone or redone: the views refresh
        self.statusBar().showMessage(message, 5000)

    def redo(self) -> None:
        step = self.ws.take_redo()
        if step is not None:
            undo_ops.reverse(self.ws, parent=self, step=step) \
                .success(lambda reversal: self._reversed(self.ws.redone, reversal,
                                                         self.tr("Redone: {0}").format(i18n.said_now(step.label)))) \
                .run_in_background()

    def refresh(self) -> None:
        self.case_list.load()
        for view in self.case_views():
            view.load()

    def about(self) -> None:
        version = self.tr("Qamqor, version {0}").format(__version__)
        QMessageBox.about(self, self.tr("About Qamqor"), version + "\n\n" + self.tr(
            "Qamqor helps caseworkers follow the cases of migrants in Kazakhstan: their stays, documents and "
            "deadlines, with the legal source of each deadline.\n\nEverything stays on this computer."))

    def _update_actions(self) -> None:
        on_case = self.current_case() is not None
        for action in (self.save_action, self.print_action, self.close_case_action):
            action.setEnabled(on_case)

    def _show_undo(self, *_: str) -> None:
        # From the stack, not the signal's plain strings: a label made before a language switch is said anew.
        label, redo_label = (i18n.said_now(self.ws.undo.undo_label), i18n.said_now(self.ws.undo.redo_label))
        self.undo_action.setEnabled(bool(label))
        self.undo_action.setText(self.tr("&Undo {0}").format(label) if label else self.tr("&Undo"))
        self.redo_action.setEnabled(bool(redo_label))
        self.redo_action.setText(self.tr("&Redo {0}").format(redo_label) if redo_label else self.tr("&Redo"))

    def _show_busy(self, label: str) -> None:
        self.busy_bar.setVisible(bool(label))
        if label:
            self.statusBar().showMessage(label)
        else:
            self.statusBar().clearMessage()

    # --- remembering the layout --------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if (state := self.settings.value("mainWindow/state")) is not None:
            self.restoreState(state)
        self.case_list.restore_layout(self.settings)
        self._show_undo()

    def save_layout(self) -> None:
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.case_list.save_layout(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_discard_edits(self.case_views()):
            event.ignore()
            return
        self.save_layout()
        self.find_box.popup.hide()
        event.accept()
