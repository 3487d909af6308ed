"""Screenshots of the main window, the case view and the new-case wizard, in English and Russian.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Builds a small demo database (as of today) in a temporary folder, drives the
real widgets and saves one PNG per screen and language.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1366, 800)
LANGUAGES = ("en", "ru")


def demo_database(folder: Path):
    from models.clock import today
    from models.db import open_database
    from models.demo import fill_demo
    from models.services import deadlines, search

    db = open_database(folder / "demo.db")
    fill_demo(db.engine, persons=400, seed=7, as_of=today())
    deadlines.recompute_all(db)
    search.rebuild(db)
    return db


def showcase_case(db, actor):
    """A case worth showing: a person in the country now, with a Cyrillic name, documents and deadlines of
    every colour."""
    from desktop.operations.case_file import read_deadlines
    from models.services import cases, persons

    best, best_score = None, -1
    for case_id in cases.case_list(db, actor, cases.CaseFilter(status="active"), sort="next_due")[:150]:
        case = cases.get_case(db, actor, case_id)
        found = read_deadlines(db, actor, case.person_id, "en")
        statuses = {item.status for item in found.items}
        documents = persons.documents_of(db, actor, case.person_id)
        person = persons.get_person(db, actor, case.person_id)
        cyrillic = person.family_name != person.family_name_latin  # shows finding across scripts
        score = len(statuses) * 3 + min(len(found.items), 6) + 2 * found.stay.present + min(len(documents), 2) + \
            4 * cyrillic
        if score > best_score:
            best, best_score = case, score
    return best


def settle(app, seconds: float = 0.4) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app, condition, timeout: float = 20) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()
        time.sleep(0.01)


def open_main_window(app, db, actor, name: str, lang: str, size: tuple[int, int], scratch: Path):
    """The main window in `lang` at `size` with its case list shown (its settings in a scratch file);
    returns the workspace and the window."""
    from PySide6.QtCore import QSettings

    from desktop import i18n
    from desktop.main_window import MainWindow
    from desktop.workspace import Workspace

    i18n.install(lang)
    ws = Workspace(db, actor, name)
    settings = QSettings(str(scratch / f"settings-{lang}-{size[0]}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, settings)
    window.resize(*size)
    window.show()
    wait(app, lambda: window.case_list.model.rowCount() > 0)
    return ws, window


def shoot_each(shoot, description: str, languages: tuple[str, ...], sizes: tuple[tuple[int, int], ...]) -> None:
    """The command line of a screenshot script: `shoot(app, out, db, actor, name, case, lang, size, scratch)`
    once per language and screen size, on a demo database's showcase case."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop.app import choose_actor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = demo_database(Path(folder))
        try:
            actor, name = choose_actor(db, None)
            case = showcase_case(db, actor)
            for lang in languages:
                for size in sizes:
                    shoot(app, args.out, db, actor, name, case, lang, size, Path(folder))
        finally:
            db.close()
    print(f"screenshots in {args.out}")


def shoot(app, out: Path, db, actor, name: str, case, lang: str, scratch: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop import i18n
    from desktop.main_window import MainWindow
    from desktop.workspace import Workspace
    from models.services import persons

    i18n.install(lang)
    ws = Workspace(db, actor, name)
    settings = QSettings(str(scratch / f"settings-{lang}.ini"), QSettings.Format.IniFormat)  # none remembered
    window = MainWindow(ws, settings)
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.case_list.model.rowCount() > 0)
    settle(app)
    window.grab().save(str(out / f"main-window-{lang}.png"))

    person = persons.get_person(db, actor, case.person_id)
    window.find_box.setFocus()
    typed = person.family_name_latin[:5] if lang == "ru" else person.family_name[:5]
    window.find_box.setText(typed)
    window.find_box.textEdited.emit(typed)
    wait(app, lambda: window.find_box.popup.isVisible())
    settle(app)
    window.grab().save(str(out / f"find-{lang}.png"))
    window.find_box.popup.hide()
    window.find_box.clear()

    view = window.open_case(case.id)
    wait(app, lambda: view.file is not None)
    settle(app)
    window.grab().save(str(out / f"case-view-{lang}.png"))
    view.tabs.setCurrentWidget(view.timeline)
    if view.timeline_model.rowCount():
        view.timeline.table.selectRow(0)
        view.timeline._open_row(0)
    settle(app)
    window.grab().save(str(out / f"case-timeline-{lang}.png"))

    from desktop.wizard.new_case import NewCaseWizard

    wizard = NewCaseWizard(ws, window)
    wizard.show()
    form = wizard.person_page.form
    form.editors["family_name"].setText(person.family_name_latin)
    form.editors["given_name"].setText(person.given_name_latin)
    form.editors["birth_date"].set_value(person.birth_date)
    form.editors["birth_year"].set_value(None if person.birth_date else person.birth_year)
    form.editors["citizenship"].set_value(person.citizenship)
    form.editors["sex"].set_value(person.sex)
    wizard.person_page.check_duplicates()
    wait(app, lambda: wizard.person_page.duplicates.count() > 0)
    settle(app)
    wizard.grab().save(str(out / f"wizard-{lang}.png"))
    wizard.close()
    window.close()
    ws.worker.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from desktop.app import choose_actor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = demo_database(Path(folder))
        try:
            actor, name = choose_actor(db, None)
            case = showcase_case(db, actor)
            for lang in LANGUAGES:
                shoot(app, args.out, db, actor, name, case, lang, Path(folder))
        finally:
            db.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
