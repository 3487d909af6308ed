"""Screenshots of the case view as issue 11 left it: the case number in the heading, the tab names whole,
the deadline's source and verification note in the caseworker's language; in English, Russian and Kazakh,
at 1024×700 and 1600×1000.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_field.py [--out docs/screenshots]

Writes `field-<screen>-<lang>-<width>.png`, from the demo database's showcase case (`scripts/screenshots.py`).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import open_main_window, settle, shoot_each, wait  # noqa: E402

LANGUAGES = ("en", "ru", "kk")
SIZES = ((1024, 700), (1600, 1000))


def shoot(app, out: Path, db, actor, name: str, case, lang: str, size: tuple[int, int], scratch: Path) -> None:
    ws, window = open_main_window(app, db, actor, name, lang, size, scratch)
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
    shoot_each(shoot, __doc__.splitlines()[0], LANGUAGES, SIZES)


if __name__ == "__main__":
    main()
