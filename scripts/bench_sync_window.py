"""How long the window is kept from its events while its first sync (a supervisor's: the whole office) runs
in the background: the longest gaps between 10 ms timer ticks on the GUI thread, and the full garbage
collections meanwhile. A benchmark to run by hand, not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_sync_window.py [--persons 10000]

Starts its own PostgreSQL cluster and office server, fills the office with demo data, enrols a supervisor's
laptop and opens the main window on it; the window's first sync starts as after a sign-in.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=10_000)
    persons = parser.parse_args().persons

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desktop.main_window import MainWindow
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.demo import DEMO_PASSWORD
    from models.entities import Role, User
    from models.server.demo import fill_office
    from models.services import accounts
    from models.sync.enrolment import enrol
    from tests.sync.helpers import private_office

    app = QApplication([])
    full: list[float] = []
    started_at: dict[str, float] = {}

    def timed(phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                started_at["gc"] = time.perf_counter()
            else:
                full.append(time.perf_counter() - started_at["gc"])

    with private_office("qamqor-bench-") as (office, server, scratch):
        fill_office(office, persons=persons, seed=3)
        with office.reading() as session:
            chief = session.scalars(select(User).where(User.role == Role.supervisor)).first()
            assert chief is not None
            name = chief.username
        db = open_database(scratch / "supervisor.db")
        enrol(db, server.url, server.fingerprint, name, DEMO_PASSWORD, "supervisor-laptop")
        ws = Workspace(db, accounts.log_in(db, name, DEMO_PASSWORD), name)
        ticks: list[float] = []
        synced: list[Any] = []  # the SyncResult
        gc.callbacks.append(timed)
        began = time.perf_counter()
        window = MainWindow(ws)
        window.show()
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(10)
        window.sync_status.synced.connect(synced.append)
        while not synced:
            app.processEvents()
            time.sleep(0.002)
        took = time.perf_counter() - began
        gc.callbacks.remove(timed)
        gaps = sorted((b - a for a, b in zip(ticks, ticks[1:])), reverse=True)
        print(f"{persons:,} persons: the window's first sync took {took:.1f} s, "
              f"pulled {synced[0].pulled:,} rows")
        print(f"longest gaps between 10 ms ticks: {', '.join(f'{g * 1000:.0f}' for g in gaps[:5])} ms; "
              f"{sum(g > 0.05 for g in gaps)} over 50 ms; {len(ticks)} ticks")
        print(f"full collections meanwhile: {len(full)}"
              + (f", the longest {max(full) * 1000:.0f} ms" if full else ""))
        window.close()
        ws.worker.shutdown()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
