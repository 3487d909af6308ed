"""Screenshots of Persons › Likely duplicates… on the demo office (docs/screenshots/duplicates-*.png), in
English, Russian and Kazakh at 1024x700: the review of the first pair side by side, and the same dialog
after merging it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_duplicates.py [--out docs/screenshots]
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

from scripts.screenshots import settle, wait  # noqa: E402

SIZE = (1024, 700)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "ru", "kk"):
            shoot(app, Path(folder) / f"demo-{lang}.db", lang, args.out)  # a fresh office each: a merge changes it
    print(f"screenshots in {args.out}")


def shoot(app, path: Path, lang: str, out: Path) -> None:
    from desktop import i18n
    from desktop.supervisor.duplicates_view import LikelyDuplicates
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.demo import DEMO_PASSWORD
    from models.services import accounts

    subprocess.run([sys.executable, "-m", "models.cli", "--db", str(path), "demo", "--persons", "1000"],
                   check=True, capture_output=True)
    db = open_database(path)
    actor = accounts.log_in(db, "y.gusev", DEMO_PASSWORD)
    i18n.install(lang)
    ws = Workspace(db, actor, "Yuri Gusev")
    dialog = LikelyDuplicates(ws)
    dialog.resize(*SIZE)
    dialog.show()
    wait(app, lambda: ws.worker.idle() and dialog.list.rowCount() > 0)
    settle(app)
    dialog.grab().save(str(out / f"duplicates-review-{lang}.png"))
    dialog.merge_button.click()
    wait(app, lambda: ws.worker.idle() and dialog.undo_button.isVisible())
    settle(app)
    dialog.grab().save(str(out / f"duplicates-merged-{lang}.png"))
    dialog.close()
    ws.worker.shutdown()
    db.close()


if __name__ == "__main__":
    main()
