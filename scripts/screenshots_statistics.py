"""Screenshots of Reports › Statistics… on the demo office (docs/screenshots/statistics-*.png), in Russian and
Kazakh at 1024x700: the fourth quarter of 2026 counted, with the victims by form of exploitation shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_statistics.py --db demo.db [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import settle, wait  # noqa: E402

SIZE = (1024, 700)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a demo office (qamqor demo --persons 2000)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.reports.statistics_view import StatisticsWindow
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.demo import DEMO_PASSWORD
    from models.services import accounts

    app = QApplication.instance() or QApplication([])
    db = open_database(args.db)
    actor = accounts.log_in(db, "y.gusev", DEMO_PASSWORD)
    for lang in ("ru", "kk"):
        i18n.install(lang)
        ws = Workspace(db, actor, "Yuri Gusev")
        window = StatisticsWindow(ws)
        window.resize(*SIZE)
        window.first.setDate(QDate(dt.date(2026, 10, 1)))
        window.last.setDate(QDate(dt.date(2026, 12, 31)))
        window.show()
        window.count_button.click()
        wait(app, lambda w=window, s=ws: w.tables.count() > 0 and s.worker.idle())
        names = [t.name for t in window.report.tables]
        window.tables.setCurrentRow(names.index("victims_by_exploitation"))
        settle(app)
        window.grab().save(str(args.out / f"statistics-{lang}.png"))
        window.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
