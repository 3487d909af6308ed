"""Screenshots of the case facts and the anonymous trafficking data (docs/screenshots/htcds-*.png) on the demo
office, in English, Russian and Kazakh at 1024x700: a trafficking case's tab with its facts line, the
"Case facts" form, and Reports › Anonymous trafficking data after an export.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_htcds.py [--out docs/screenshots]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.screenshots import open_main_window, settle, wait  # noqa: E402

SIZE = (1024, 700)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", default="en,ru,kk")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from models.db import open_database
    from models.demo import DEMO_PASSWORD
    from models.entities import TraffickingFacts
    from models.services import accounts

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        subprocess.run([sys.executable, "-m", "models.cli", "--db", str(path), "demo", "--persons", "2000"],
                       check=True, capture_output=True)
        db = open_database(path)
        actor = accounts.log_in(db, "y.gusev", DEMO_PASSWORD)
        with db.reading() as session:
            case_id = session.scalars(select(TraffickingFacts.case_id).where(
                TraffickingFacts.exploitation_region.is_not(None)).order_by(TraffickingFacts.case_id)).first()
        for lang in args.languages.split(","):
            ws, window = open_main_window(app, db, actor, "Yuri Gusev", lang, SIZE, Path(folder))
            view = window.open_case(case_id)
            wait(app, lambda view=view: view.file is not None)
            view.tabs.setCurrentWidget(view.trafficking)
            panel = view.trafficking
            wait(app, lambda panel=panel, ws=ws: panel.facts_read is not None and ws.worker.idle())
            settle(app)
            window.grab().save(str(args.out / f"htcds-tab-{lang}.png"))
            panel.record_facts()
            settle(app)
            panel.dialog.grab().save(str(args.out / f"htcds-facts-{lang}.png"))
            panel.dialog.reject()
            window.findChild(type(window.undo_action), "htcdsAction").trigger()
            dialog = window.htcds_dialog
            from datetime import date

            dialog.start.set_value(date(2020, 1, 1))
            dialog.export(Path(folder) / f"htcds-{lang}.xlsx")
            wait(app, lambda dialog=dialog, ws=ws: dialog.summary.isVisible() and ws.worker.idle())
            settle(app)
            dialog.grab().save(str(args.out / f"htcds-export-{lang}.png"))
            dialog.close()
            window.close()
            ws.worker.shutdown()
        db.close()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
