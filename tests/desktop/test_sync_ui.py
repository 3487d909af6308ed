"""The office sync as a caseworker sees it (issue 14): real widgets under pytest-qt, a real office server
process on the test cluster's PostgreSQL (tests/sync/conftest.py's module-wide office), real laptop files."""
from __future__ import annotations

import secrets
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select, update

from desktop.main_window import MainWindow
from desktop.operations import edits
from desktop.operations import users as user_ops
from desktop.sign_in import SetUpDialog
from desktop.sync import status as sync_status
from desktop.sync.words import PROBLEMS
from desktop.workspace import Workspace
from models.db import open_database
from models.entities import AuditEntry, OfficeEnrolment, Person, SyncConflict
from models.server import devices
from models.services import persons
from models.sync import laptop
from models.sync.enrolment import enrol, enrolment_of
from tests.desktop.conftest import idle
from tests.sync import conftest as sync_fixtures
from tests.sync.helpers import ADMIN, PASSWORD, Laptop, make_laptop, make_user
from tests.sync.test_push_pull import PERSON, new_case

# The sync tests' office, one for this module too (its server process starts once).
sync_office, office, office_server = sync_fixtures.sync_office, sync_fixtures.office, sync_fixtures.office_server
WRONG = "SHA256:" + "0" * 64


def fill(qtbot, dialog, url: str, fingerprint: str, user: str, password: str = PASSWORD) -> None:
    for field, text in ((dialog.address, url), (dialog.fingerprint, fingerprint), (dialog.user_name, user),
                        (dialog.password, password)):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def open_window(qtbot, lap_db, actor, settings, name: str = "Saule") -> MainWindow:
    ws = Workspace(lap_db, actor, name)
    window = MainWindow(ws, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def wait_synced(qtbot, window: MainWindow, timeout: int = 60_000):
    with qtbot.waitSignal(window.sync_status.synced, timeout=timeout) as blocker:
        pass
    idle(qtbot, window.ws)
    return blocker.args[0]


@pytest.fixture
def windows(qtbot):
    made: list[MainWindow] = []
    yield made
    for window in made:
        qtbot.waitUntil(window.ws.worker.idle, timeout=60_000)
        window.close()
        window.ws.worker.shutdown()


def test_a_wrong_fingerprint_is_said_and_the_database_stays_unenrolled(qtbot, db, office, office_server):
    from desktop.sync.connect import ConnectDialog

    username = f"aida.{secrets.token_hex(2)}"
    make_user(office, username)
    dialog = ConnectDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, office_server.url, WRONG, username)
    assert dialog.progress.isVisible() and not dialog.connect_button.isEnabled()  # working, in the background
    qtbot.waitUntil(dialog.problem.isVisible, timeout=30_000)
    assert dialog.problem.text().startswith("The office's certificate does not have the fingerprint you typed.")
    assert not dialog.progress.isVisible() and dialog.connect_button.isEnabled()
    assert enrolment_of(db) is None and dialog.enrolment is None
    fill(qtbot, dialog, office_server.url, office_server.fingerprint, username, "not the password")
    qtbot.waitUntil(lambda: "refused the user name" in dialog.problem.text(), timeout=30_000)
    assert enrolment_of(db) is None and dialog.password.text() == ""


def test_the_first_start_connects_to_the_office_and_the_first_sync_fills_the_case_list(
        qtbot, tmp_path, db, settings, office, office_server, windows):
    username = f"dana.{secrets.token_hex(2)}"
    actor = make_user(office, username)
    first = open_database(tmp_path / "first-laptop.db")  # her old laptop put a case in the office
    enrol(first, office_server.url, office_server.fingerprint, username, PASSWORD, "old-laptop")
    seed = Laptop("dana", first, actor, laptop._enrolled_office(first))
    new_case(seed, family_name="Каримов")
    seed.sync()

    setup = SetUpDialog(db)
    qtbot.addWidget(setup)
    setup.show()
    assert setup.office_button.text() == "Connect to an office…"
    qtbot.mouseClick(setup.office_button, Qt.MouseButton.LeftButton)
    connect = setup.connect_dialog
    assert connect.isVisible() and connect.device_name.text()  # the laptop's name is filled in
    fill(qtbot, connect, office_server.url, office_server.fingerprint.replace("SHA256:", "sha256:"), username)
    qtbot.waitUntil(lambda: setup.enrolled_as is not None, timeout=30_000)
    assert setup.enrolled_as == username and not setup.isVisible()
    assert enrolment_of(db).office_url == office_server.url
    signed_in = user_ops.log_in(db=db, username=username, password=PASSWORD)  # the office's account
    assert signed_in.user_id == actor.user_id

    window = open_window(qtbot, db, signed_in, settings, "Dana")
    windows.append(window)
    result = wait_synced(qtbot, window)  # at once, after the sign-in
    assert result is not None and result.pulled > 0
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=10_000)
    label = window.sync_status.label
    assert label.isVisible() and "0 changes waiting to go" in label.text() and "synced" in label.text()


def test_waiting_changes_show_after_an_edit_and_none_after_sync_now(qtbot, tmp_path, settings, office,
                                                                     office_server, windows):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    person, _case = new_case(saule)
    window = open_window(qtbot, saule.db, saule.actor, settings)
    windows.append(window)
    wait_synced(qtbot, window)
    label = window.sync_status.label
    qtbot.waitUntil(lambda: "0 changes waiting to go" in label.text())
    assert window.sync_status.actions["sync_now"].shortcut().toString() == "F9"
    stored = persons.get_person(saule.db, saule.actor, person.id)
    edits.update_person(window.ws, parent=window, person_id=person.id, version=stored.version,
                        data=PERSON | {"phone": "+7 701 555 1234"}).run_in_background()
    qtbot.waitUntil(lambda: "1 change waiting to go" in label.text(), timeout=10_000)
    assert window.sync_status.settle.isActive()  # a sync follows once the writes settle
    window.sync_status.actions["sync_now"].trigger()
    result = wait_synced(qtbot, window)
    assert result.pushed == 1
    qtbot.waitUntil(lambda: "0 changes waiting to go" in label.text())
    assert laptop.waiting(saule.db) == 0


def conflicting(tmp_path, office, office_server):
    """Saule's and her supervisor's laptops changed one person's phone to two values, and synced (the
    supervisor's first: the office keeps hers, and Saule's, who wrote the person last, is the other value)."""
    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    person, case = new_case(saule)
    saule.sync()
    boss.sync()
    persons.update_person(saule.db, saule.actor, person.id, person.version, PERSON | {"phone": "111"})
    persons.update_person(boss.db, boss.actor, person.id, person.version, PERSON | {"phone": "222"})
    for lap in (boss, saule, boss):
        lap.sync()
    return saule, boss, person, case


def test_the_banner_shows_both_values_on_both_laptops_and_resolving_closes_it(qtbot, tmp_path, settings, office,
                                                                               office_server, windows):
    saule, boss, person, case = conflicting(tmp_path, office, office_server)
    shown = {}
    for lap in (saule, boss):
        window = open_window(qtbot, lap.db, lap.actor, settings, lap.name.title())
        windows.append(window)
        wait_synced(qtbot, window)
        view = window.open_case(case.id)
        qtbot.waitUntil(lambda v=view: v.conflicts.isVisible(), timeout=10_000)
        text = " ".join(label.text() for label in view.conflicts.findChildren(type(view.heading)))
        assert "Phone" in text and "<b>111</b>" in text and "<b>222</b>" in text
        assert "Saule" in text and "Boss" in text and "saule-laptop" in text and "boss-laptop" in text
        assert "phone" not in text  # the column's name is not shown: the form's word is
        shown[lap.name] = (window, view)

    window, view = shown["boss"]  # the supervisor's list: the office's open conflicts
    window.sync_status.actions["conflicts"].trigger()
    listing = window.sync_status.dialog
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=10_000)
    assert listing.table.item(0, 1).text() == "Phone" and listing.table.item(0, 0).text().startswith("Юсупов")
    listing.close()

    window, view = shown["saule"]
    button = view.conflicts.buttons[(view.conflicts.conflicts[0].id, "other")]
    assert button.text() == "Use the other value"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.conflicts.isVisible(), timeout=10_000)
    idle(qtbot, window.ws)
    with saule.db.reading() as session:
        assert session.get(Person, person.id).phone == "111"
        assert session.scalars(select(SyncConflict.choice)).all() == ["other"]
        assert session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(2)).all() == \
            ["resolve_conflict", "change"]
    window.sync_status.actions["sync_now"].trigger()  # the resolution goes to the office ...
    wait_synced(qtbot, window)
    window, view = shown["boss"]
    window.sync_status.actions["sync_now"].trigger()  # ... and from it to the supervisor, whose banner closes
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: not view.conflicts.isVisible(), timeout=10_000)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_offline_the_status_bar_says_so_and_nothing_breaks(qtbot, tmp_path, settings, office, office_server,
                                                           windows):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    new_case(saule)
    with saule.db.transaction() as session:  # the office moved away (or the laptop left its network)
        session.execute(update(OfficeEnrolment).values(office_url=f"https://127.0.0.1:{free_port()}"))
    window = open_window(qtbot, saule.db, saule.actor, settings)
    windows.append(window)
    assert wait_synced(qtbot, window) is None
    status = window.sync_status
    qtbot.waitUntil(lambda: "Office not reachable — working offline" in status.label.text())
    assert "2 changes waiting to go" in status.label.text()
    assert QApplication.activeModalWidget() is None and not window.findChildren(QMessageBox)  # not an error
    assert status.timer.isActive() and status.timer.interval() == sync_status.OFFLINE_RETRY_MS
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)  # the work goes on
    window.sync_status.actions["sync_now"].trigger()
    assert wait_synced(qtbot, window) is None and not window.findChildren(QMessageBox)


def test_a_revoked_laptop_is_told_once(qtbot, tmp_path, settings, office, office_server, windows):
    saule = make_laptop(tmp_path, office, office_server, "saule")
    new_case(saule)
    saule.sync()
    window = open_window(qtbot, saule.db, saule.actor, settings)
    windows.append(window)
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=10_000)
    devices.revoke(office, ADMIN, enrolment_of(saule.db).device_id)
    window.sync_status.actions["sync_now"].trigger()
    assert wait_synced(qtbot, window) is None
    [box] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "syncStopped"]
    assert box.text().startswith("The office has revoked this laptop's access: the office's cases were removed")
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 0, timeout=10_000)  # issue 25, item 11
    assert not window.sync_status.timer.isActive()
    box.close()
    window.sync_status.actions["sync_now"].trigger()
    assert wait_synced(qtbot, window) is None
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "syncStopped" and b.isVisible()]
    assert boxes == [] and window.sync_status.notice.text().startswith("The office has revoked")


def test_a_database_with_cases_of_its_own_is_not_connected(qtbot, db, person, office, office_server):
    from desktop.sync.connect import ConnectDialog

    username = f"aida.{secrets.token_hex(2)}"
    make_user(office, username)
    dialog = ConnectDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, office_server.url, office_server.fingerprint, username)
    qtbot.waitUntil(dialog.problem.isVisible, timeout=30_000)
    assert dialog.problem.text() == PROBLEMS["not_empty"] and enrolment_of(db) is None


def test_a_case_reassigned_away_is_removed_and_the_status_bar_says_so(qtbot, tmp_path, settings, office,
                                                                      office_server, windows):
    from models.schemas.cases import CaseIn
    from models.services import cases

    saule = make_laptop(tmp_path, office, office_server, "saule")
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    colleague = make_user(office, f"timur.{secrets.token_hex(2)}")
    _person, case = new_case(saule)
    window = open_window(qtbot, saule.db, saule.actor, settings)
    windows.append(window)
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1)
    boss.sync()
    stored = cases.get_case(boss.db, boss.actor, case.id)
    cases.update_case(boss.db, boss.actor, case.id, stored.version,
                      stored.model_dump(include=set(CaseIn.model_fields)) | {"caseworker_id": colleague.user_id})
    boss.sync()
    window.sync_status.actions["sync_now"].trigger()
    assert wait_synced(qtbot, window).removed == 2  # the case and its person: one case, in words
    notice = window.sync_status.notice
    assert notice.text() == "1 case is no longer on this laptop: it was reassigned or made confidential."
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 0, timeout=10_000)  # the list follows the pull
    qtbot.waitUntil(notice.isVisible, timeout=10_000)  # once the list's passing "0 cases in the list" has gone


def test_closing_stops_a_sync_at_its_next_page_and_the_next_sync_finishes_it(qtbot, tmp_path, office,
                                                                             office_server):
    """Closing the program must not wait for a whole first sync (a supervisor's is minutes at 100,000
    persons): the sync stops after the page it has written, and the next one resumes."""
    from desktop.operations import sync as sync_ops

    saule = make_laptop(tmp_path, office, office_server, "saule")
    new_case(saule)
    saule.sync()
    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    ws = Workspace(boss.db, boss.actor, "Boss")
    answers: list = []

    def closed_after_the_first_page(stage: str, done: int, total: int) -> None:
        ws.closing.set()  # as Workspace.close() does while the sync runs

    sync_ops.sync_now(ws, parent=ws, progress=closed_after_the_first_page).success(answers.append) \
        .run_in_background()
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=60_000)
    assert answers == [None] and laptop.last_synced(boss.db) is None  # stopped, not finished
    with boss.db.reading() as session:
        assert session.scalar(select(Person.id).limit(1)) is not None  # the page it had written is kept
    ws.closing.clear()
    sync_ops.sync_now(ws, parent=ws, progress=lambda *_: None).success(answers.append).run_in_background()
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=60_000)
    assert answers[1] is not None and laptop.last_synced(boss.db) is not None
    ws.worker.shutdown()


def test_a_sync_runs_without_full_collections_that_would_stop_the_window(qtbot, tmp_path, office, office_server):
    """Each full collection during a first sync held the window ~100 ms (14 in a 10,000-person one): the
    sync runs with full collections held off, young ones going on, and the collector as before after it."""
    import gc

    from desktop.operations import sync as sync_ops

    boss = make_laptop(tmp_path, office, office_server, "boss", "supervisor")
    ws = Workspace(boss.db, boss.actor, "Boss")
    before = gc.get_threshold()
    full: list[int] = []

    def counted(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    thresholds: list[tuple[int, int, int]] = []
    answers: list = []
    gc.callbacks.append(counted)
    try:
        def during(stage: str, done: int, total: int) -> None:
            thresholds.append(gc.get_threshold())
            garbage = [[i, {"row": [i]}] for i in range(300_000)]  # what a page makes, many times over
            del garbage

        sync_ops.sync_now(ws, parent=ws, progress=during).success(answers.append).run_in_background()
        qtbot.waitUntil(lambda: len(answers) == 1, timeout=60_000)
    finally:
        gc.callbacks.remove(counted)
    assert answers[0] is not None and thresholds and full == []
    assert all(t[:2] == before[:2] and t[2] > 1_000_000 for t in thresholds)
    assert gc.get_threshold() == before
    ws.worker.shutdown()
