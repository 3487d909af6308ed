"""Screenshots of the case's Services tab and the supervisor's "Referred to us", in English, Russian and
Kazakh at 1024×700 (docs/screenshots/services-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/services_screenshots.py [--out docs/screenshots]

Builds a 300-person demo office as `qamqor demo` does (services and referrals received included) in a
temporary folder and photographs a case with a service overdue, as the office's supervisor sees it.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.office_ui_screenshots import settle, wait  # noqa: E402

LANGUAGES = ("en", "ru", "kk")
WIDTH, HEIGHT = 1024, 700


def demo_database(folder: Path):
    from models.clock import today
    from models.db import open_database
    from models.demo import fill_demo
    from models.demo_services import add_services_work
    from models.services import deadlines, search

    db = open_database(folder / "demo.db")
    fill_demo(db.engine, persons=300, seed=1, as_of=today())
    deadlines.recompute_all(db)
    search.rebuild(db)
    add_services_work(db, as_of=today(), seed=1)
    return db


def shoot(app, out: Path, folder: str, db, actor, name: str, case_id, lang: str) -> None:
    from PySide6.QtCore import QSettings

    from desktop import i18n
    from desktop.main_window import MainWindow
    from desktop.supervisor.dashboard import Dashboard
    from desktop.workspace import Workspace

    i18n.install(lang)
    ws = Workspace(db, actor, name)
    window = MainWindow(ws, QSettings(str(Path(folder) / f"settings-{lang}.ini"), QSettings.Format.IniFormat))
    window.resize(WIDTH, HEIGHT)
    window.show()
    wait(app, lambda: window.case_list.model.rowCount() > 0)
    view = window.open_case(case_id)
    wait(app, lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.services)
    wait(app, lambda: view.services.file is not None)
    settle(app, ws)
    window.grab().save(str(out / f"services-tab-{lang}-{WIDTH}.png"))
    view.services.table.selectRow(0)
    view.services.change_button.click()
    settle(app, ws)
    view.services.dialog.grab().save(str(out / f"services-dialog-{lang}.png"))
    view.services.dialog.reject()
    dashboard = Dashboard(ws, None, QSettings(str(Path(folder) / f"dash-{lang}.ini"), QSettings.Format.IniFormat))
    dashboard.resize(WIDTH, HEIGHT)
    dashboard.show()
    dashboard.tabs.setCurrentWidget(dashboard.referred)
    wait(app, lambda: dashboard.referred.found is not None)
    settle(app, ws)
    dashboard.grab().save(str(out / f"services-referred-{lang}-{WIDTH}.png"))
    dashboard.close()
    window.close()
    ws.worker.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from models.clock import today
    from models.entities import Case, CaseService, User
    from models.services.base import Actor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = demo_database(Path(folder))
        with db.reading() as session:
            chief = session.scalars(select(User).where(User.role == "supervisor")).first()
            actor, name = Actor.of(chief), chief.full_name
            # A case with a late service and the most services, that records who referred the person.
            late = select(CaseService.case_id).where(CaseService.planned_on < today(), CaseService.given_on.is_(None))
            case_id = session.scalars(select(CaseService.case_id).join(Case, Case.id == CaseService.case_id)
                                      .where(CaseService.case_id.in_(late), Case.referred_how.is_not(None))
                                      .group_by(CaseService.case_id)
                                      .order_by(func.count().desc(), CaseService.case_id)).first()
            if case_id is None:
                case_id = session.scalars(late).first()
        for lang in LANGUAGES:
            shoot(app, args.out, folder, db, actor, name, case_id, lang)
        db.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
