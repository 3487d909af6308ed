"""Screenshots of the supervisor's dashboard (docs/screenshots/dashboard-*.png) on a demo office.

    .venv/bin/python scripts/dashboard_screenshots.py [--db /tmp/dashboard.db] [--out docs/screenshots]

Makes the demo database if it is missing (3,000 persons: caseloads of an
ordinary office), gives it this year's quota allocations (the demo has none:
an office enters them from the Ministry's figures) and one company's staff
figures, then photographs each page of the dashboard as the demo supervisor
sees it, in English and in Russian. Runs headless (QT_QPA_PLATFORM=offscreen).
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def prepare(db_path: Path, persons: int) -> None:
    """The demo office, with quota allocations around this year's permits and one company's staff figures."""
    if not db_path.exists():
        subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db_path), "demo", "--persons", str(persons)],
                       cwd=ROOT, check=True)
    from models.clock import today
    from models.db import open_database
    from models.services import employers, quota, users
    from models.services.base import Actor

    db = open_database(db_path)
    try:
        chief = next(u for u in users.users(db, Actor.system()) if u.role == "supervisor")
        actor = Actor(chief.id, chief.roles)
        year = today().year
        usage = quota.usage(db, actor, year)
        if not any(use.allocated for use in usage.uses):
            rng = random.Random(year)
            for use in usage.uses:  # most regions with room; a few near or over their units
                factor = rng.choice((0.95, 1.0, 1.15, 1.3, 1.5, 1.6, 2.0, 2.5))
                quota.set_allocation(db, actor, {"year": year, "region": use.region, "category": use.category,
                                                 "units": max(1, round(use.used * factor))})
        company = next((e for e in employers.employers(db, actor) if e.kind == "company"), None)
        if company is not None and not quota.headcounts_of(db, actor, company.id):
            quota.record_headcount(db, actor, {"employer_id": company.id, "counted_on": today(), "managers": 20,
                                               "managers_citizens": 12, "specialists": 180,
                                               "specialists_citizens": 171, "source": "declaration"})
    finally:
        db.close()


def photograph(db_path: Path, out: Path, language: str) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop import i18n
    from desktop.supervisor.dashboard import Dashboard
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.services import users
    from models.services.base import Actor

    i18n.install(language)
    db = open_database(db_path)
    chief = next(u for u in users.users(db, Actor.system()) if u.role == "supervisor")
    ws = Workspace(db, Actor(chief.id, chief.roles), chief.full_name)

    def settle(seconds: float = 0.6) -> None:
        end = time.time() + 30
        while not ws.worker.idle() and time.time() < end:
            app.processEvents()
            time.sleep(0.01)
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    settings_dir = tempfile.TemporaryDirectory()  # the window remembers its size: not in the output folder
    window = Dashboard(ws, None, QSettings(str(Path(settings_dir.name) / "qamqor.ini"), QSettings.Format.IniFormat))
    window.resize(1440, 860)
    window.show()
    settle()
    suffix = "" if language == "en" else f"-{language}"
    shots = []
    for page, name in ((window.alerts, "alerts"), (window.caseloads, "caseloads"), (window.quota, "quota")):
        window.tabs.setCurrentWidget(page)
        settle()
        if page is window.caseloads:  # a caseworker chosen, three of their cases about to be handed over
            page.table.selectRow(0)
            settle()
            for row in range(3):
                page.cases.selectionModel().select(
                    page.cases_model.index(row, 0),
                    page.cases.selectionModel().SelectionFlag.Select | page.cases.selectionModel().SelectionFlag.Rows)
            page.target.setCurrentIndex(1)
            settle(0.2)
        path = out / f"dashboard-{name}{suffix}.png"
        window.grab().save(str(path))
        shots.append(path)
    window.close()
    ws.worker.shutdown()
    db.close()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/dashboard.db", help="demo database (made if missing)")
    parser.add_argument("--persons", type=int, default=3000, help="persons in a new demo database")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"), help="where the PNG files go")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prepare(Path(args.db), args.persons)
    for language in ("en", "ru"):
        for path in photograph(Path(args.db), out, language):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
