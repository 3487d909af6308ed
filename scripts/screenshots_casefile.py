"""Screenshots of the case view (Case tab), the deadlines panel, the stay planner and the case list,
in English, Russian and Kazakh, at 1024×700 and 1600×1000.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_casefile.py [--out docs/screenshots]

Writes `casefile-<screen>-<lang>-<width>.png`. Uses the demo database and the showcase case of
`scripts/screenshots.py`.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import open_main_window, settle, shoot_each, wait  # noqa: E402

LANGUAGES = ("en", "ru", "kk")
SIZES = ((1024, 700), (1600, 1000))


def shoot(app, out: Path, db, actor, name: str, case, lang: str, size: tuple[int, int], scratch: Path) -> None:
    from models.clock import today

    ws, window = open_main_window(app, db, actor, name, lang, size, scratch)
    settle(app)
    stem = f"{lang}-{size[0]}"
    window.grab().save(str(out / f"casefile-case-list-{stem}.png"))
    view = window.open_case(case.id)
    wait(app, lambda: view.file is not None)
    view.tabs.setCurrentWidget(view.case_panel)
    settle(app)
    window.grab().save(str(out / f"casefile-case-tab-{stem}.png"))
    row = next((r for r, item in enumerate(view.deadlines.model.items) if item.rule == "permit.expiry"), 0)
    view.deadlines.table.selectRow(row)
    view.planner.entry.set_value(today() + dt.timedelta(days=14))
    view.planner.plan()
    wait(app, lambda: bool(view.planner.answer.text()) and ws.worker.idle())
    settle(app)
    window.grab().save(str(out / f"casefile-deadlines-planner-{stem}.png"))
    view.tabs.setCurrentWidget(view.notes)
    settle(app)
    window.grab().save(str(out / f"casefile-notes-{stem}.png"))
    window.close()
    ws.worker.shutdown()


def main() -> None:
    shoot_each(shoot, __doc__.splitlines()[0], LANGUAGES, SIZES)


if __name__ == "__main__":
    main()
