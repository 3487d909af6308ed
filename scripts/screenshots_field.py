"""Screenshots of the case view as issue 11 left it: the case number in the heading, the tab names whole,
the deadline's source and verification note in the caseworker's language; in English, Russian and Kazakh,
at 1024×700 and 1600×1000.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_field.py [--out docs/screenshots]

Writes `field-<screen>-<lang>-<width>.png`, from the demo database's showcase case (`scripts/screenshots.py`).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import ROOT, demo_database, settle, showcase_case, wait  # noqa: E402

LANGUAGES = ("en", "ru", "kk")
SIZES = ((1024, 700), (1600, 1000))


def shoot(app, out: Path, db, actor, name: str, case, lang: str, size: tuple[int, int], scratch: Path) -> None:
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
    view = window.open_case(case.id)
    wait(app, lambda: view.file is not None and "person" in view._built)
    # A deadline whose rule is least verified: its explanation shows the source and the verification note.
    items = view.deadlines.model.items
    row = next((r for r, item in enumerate(items) if item.rule.startswith("registration")), 0)
    view.deadlines.table.selectRow(row)
    settle(app)
    stem = f"{lang}-{size[0]}"
    window.grab().save(str(out / f"field-case-{stem}.png"))
    view.tabs.setCurrentWidget(view.trafficking)
    wait(app, lambda: view.trafficking.file is not None)
    settle(app)
    window.grab().save(str(out / f"field-trafficking-{stem}.png"))
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
                for size in SIZES:
                    shoot(app, args.out, db, actor, name, case, lang, size, Path(folder))
        finally:
            db.close()


if __name__ == "__main__":
    main()
