"""Screenshots of the trafficking tab, the referral letter and the dashboard, in English, Russian and Kazakh,
at 1024×700 and 1600×1000 (docs/screenshots/office-*.png).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/office_ui_screenshots.py [--out docs/screenshots]

Builds a 2,000-person demo office as `qamqor demo` does (trafficking cases, consents and
referrals included) in a temporary folder and photographs the screens as its supervisor sees them.
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

SIZES = ((1024, 700), (1600, 1000))
LANGUAGES = ("en", "ru", "kk")


def demo_database(folder: Path):
    from models.clock import today
    from models.db import open_database
    from models.demo import fill_demo
    from models.demo_referrals import add_trafficking_work
    from models.services import deadlines, search

    db = open_database(folder / "demo.db")
    fill_demo(db.engine, persons=2000, seed=1, as_of=today())
    deadlines.recompute_all(db)
    search.rebuild(db)
    add_trafficking_work(db, as_of=today(), seed=1)
    return db


def wait(app, condition, timeout: float = 30) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there")
        app.processEvents()
        time.sleep(0.01)


def settle(app, ws, seconds: float = 0.5) -> None:
    wait(app, ws.worker.idle)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app, out: Path, folder: str, db, actor, name: str, case_id, sent, lang: str) -> None:
    """The trafficking tab, the dashboard's pages and the letter in `lang`, at each size."""
    from PySide6.QtCore import QSettings

    from desktop import i18n
    from desktop.main_window import MainWindow
    from desktop.supervisor.dashboard import Dashboard
    from desktop.workspace import Workspace

    i18n.install(lang)
    ws = Workspace(db, actor, name)
    settings = QSettings(str(Path(folder) / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, settings)
    window.show()
    wait(app, lambda: window.case_list.model.rowCount() > 0)
    view = window.open_case(case_id)
    wait(app, lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.trafficking)
    wait(app, lambda: view.trafficking.file is not None)
    panel = view.trafficking
    panel.referrals.selectRow(0)
    dashboard = Dashboard(ws, None, QSettings(str(Path(folder) / f"dash-{lang}.ini"),
                                              QSettings.Format.IniFormat))
    dashboard.show()
    for width, height in SIZES:
        window.resize(width, height)
        settle(app, ws)
        window.grab().save(str(out / f"office-trafficking-{lang}-{width}.png"))
        dashboard.resize(width, height)
        for page, what in ((dashboard.alerts, "alerts"), (dashboard.caseloads, "caseloads"),
                           (dashboard.quota, "quota")):
            dashboard.tabs.setCurrentWidget(page)
            settle(app, ws)
            dashboard.grab().save(str(out / f"office-dashboard-{what}-{lang}-{width}.png"))
    preview = panel.show_letter(next(r for r in panel.file.referrals if r.status != "revoked")
                                if sent is None or sent.case_id != case_id else sent)
    index = preview.language.findData(lang)
    preview.language.setCurrentIndex(index)
    wait(app, lambda: preview.save_button.isEnabled())
    settle(app, ws)
    preview.grab().save(str(out / f"office-letter-{lang}.png"))
    preview.close()
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

    from models.entities import Referral, User
    from models.services.base import Actor

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = demo_database(Path(folder))
        with db.reading() as session:
            chief = session.scalars(select(User).where(User.role == "supervisor")).first()
            actor, name = Actor.of(chief), chief.full_name
            case_id = session.execute(select(Referral.case_id).group_by(Referral.case_id)
                                      .order_by(func.count().desc(), Referral.case_id)).scalars().first()
            sent = session.scalars(select(Referral).where(Referral.status == "sent")
                                   .order_by(Referral.reference)).first()
        for lang in LANGUAGES:
            shoot(app, args.out, folder, db, actor, name, case_id, sent, lang)
        db.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
