"""How fast the desktop is on a big database: start-up, find-as-you-type, opening a case, and how long
the window freezes (the GUI thread is blocked) at sign-in, opening a case and a language switch.

    .venv/bin/python scripts/bench_desktop.py --db demo100k.db --make 100000
    .venv/bin/python scripts/bench_desktop.py --db demo2k.db --make 2000 --gui-only

`--make N` first fills the file (if it does not exist) with N demo persons as of
today, their deadlines and the search index. Runs headless (offscreen); prints
medians and the worst case. A benchmark, not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = ["Ju", "Jus", "Jusupov", "Юсуп", "Yusupov", "Иванов", "Ali", "Kar", "Karimova D", "Ахмед", "Zhang",
           "Smirnova An", "FA12", "N0", "9004"]

STARTUP_CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from desktop import main_window
from desktop.app import run_application
shown = main_window.MainWindow.show
def show(window):  # the first turn of the event loop after show(): the window is painted and takes input
    shown(window)
    QTimer.singleShot(0, lambda: print("SHOWN", time.time(), flush=True))
main_window.MainWindow.show = show
def ready(window):
    print("READY", time.time(), window.case_list.model.rowCount(), flush=True)
    window.close()
    from PySide6.QtWidgets import QApplication
    QApplication.quit()
import uuid
from models.entities import Role
from models.services.base import Actor
# Who works: chosen by the benchmark beforehand (the first supervisor), as if they had signed in.
actor = Actor(uuid.UUID(sys.argv[2]), frozenset(Role(role) for role in sys.argv[3].split(",")))
sys.exit(run_application(sys.argv[1], ready=ready, actor=actor))
"""


def make(path: Path, persons: int) -> None:
    from models.clock import today
    from models.db import open_database
    from models.demo import fill_demo
    from models.services import deadlines, search

    started = time.perf_counter()
    db = open_database(path)
    try:
        print(fill_demo(db.engine, persons=persons, seed=1, as_of=today()))
        deadlines.recompute_all(db)
        search.rebuild(db)
    finally:
        db.close()
    print(f"made {path} in {time.perf_counter() - started:.0f} s")


def startup(path: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Seconds from starting a new process to the main window shown, and to its case list filled; and the
    CPU seconds the process used in all (on a busy machine, wall-clock time is mostly waiting for a CPU)."""
    shown, filled, cpu = [], [], []
    from desktop.app import choose_actor
    from models.db import open_database

    db = open_database(path)
    actor, _ = choose_actor(db, None)
    db.close()
    who = [str(actor.user_id), ",".join(sorted(role.value for role in actor.roles))]
    with tempfile.TemporaryDirectory() as home:  # settings of its own: no remembered window or sort order
        env = os.environ | {"XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home}
        for _ in range(runs):
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.time()
            out = subprocess.run([sys.executable, "-c", STARTUP_CHILD, str(path), *who], capture_output=True,
                                 text=True, env=env, cwd=ROOT, timeout=120).stdout
            stamps = {line.split()[0]: float(line.split()[1]) for line in out.splitlines()
                      if line.startswith(("SHOWN", "READY"))}
            shown.append(stamps["SHOWN"] - started)
            filled.append(stamps["READY"] - started)
            now = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime)
    return shown, filled, cpu


def report(name: str, seconds: list[float], unit: str = "ms") -> None:
    scale = 1000 if unit == "ms" else 1
    values = sorted(s * scale for s in seconds)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    print(f"{name:<44} median {statistics.median(values):8.1f} {unit}   p95 {p95:8.1f} {unit}   "
          f"worst {values[-1]:8.1f} {unit}   (n={len(values)})")


def in_process(path: Path, cases_to_open: int) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.app import choose_actor
    from desktop.case_view.view import CaseView
    from desktop.find_box import FindBox
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.services import cases, search

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    db = open_database(path)  # upgraded first if an older Qamqor made it
    actor, name = choose_actor(db, None)
    ws = Workspace(db, actor, name)

    def wait(condition, timeout: float = 30) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError
            time.sleep(0.0005)

    found = []
    for typed in QUERIES * 3:
        started = time.perf_counter()
        search.find(db, actor, typed)
        found.append(time.perf_counter() - started)
    report("find (service, 50 matches at most)", found)

    box = FindBox(ws)
    box.resize(400, 30)
    box.show()
    answers: list[float] = []
    box.answered.connect(lambda *_: answers.append(time.perf_counter()))
    keystrokes = []
    for typed in QUERIES:
        for end in range(2, len(typed) + 1):  # each keystroke from the second letter on
            count = len(answers)
            started = time.perf_counter()
            box.setText(typed[:end])
            box.textEdited.emit(typed[:end])
            wait(lambda count=count: len(answers) > count)
            keystrokes.append(answers[-1] - started)
    report("find as you type (keystroke to list shown)", keystrokes)

    from desktop.case_list.view import CaseListView

    listing = CaseListView(ws)
    listing.resize(1280, 760)
    listing.show()
    started = time.perf_counter()
    listing.load()
    wait(lambda: listing.model.rowCount() > 0)
    report("case list: filled, sorted by name", [time.perf_counter() - started])
    print(f"{listing.model.rowCount():,} cases visible to {name}")
    jumps = []
    for row in random.Random(2).sample(range(listing.model.rowCount()), 30):
        started = time.perf_counter()
        listing.table.scrollTo(listing.model.index(row, 0))
        listing.table.viewport().repaint()  # paints now: every visible row's data() is asked for
        # A page not read yet is read in the background (blank until then): the jump ends when it is shown.
        wait(lambda row=row: listing.model.row_of(row) is not None)
        listing.table.viewport().repaint()
        jumps.append(time.perf_counter() - started)
    report("case list: jump anywhere, rows read and painted", jumps)
    ids = cases.case_list(db, actor)
    opened = []
    for case_id in random.Random(1).sample(ids, cases_to_open):
        started = time.perf_counter()
        view = CaseView(ws, case_id)
        view.resize(1280, 760)
        view.show()
        wait(lambda view=view: view.file is not None)
        app.processEvents()  # and painted
        opened.append(time.perf_counter() - started)
        view.close()
        view.deleteLater()
    report("open a case (click to case view shown)", opened)
    ws.worker.shutdown()
    db.close()


class Heartbeat:
    """Beats every 2 ms on the GUI thread: the longest gap between beats is the longest time the window
    could not repaint or take a click (the freeze a user sees). Each beat also notes the GUI thread's CPU
    time: the CPU spent between two beats is that freeze as this program caused it, which a busy machine
    (other processes taking the CPU) does not inflate as it does the wall-clock gap."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app, self.beats, self.cpu, self.cpu_block = app, [], 0.0, 0.0
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.beats.append((time.perf_counter(), time.thread_time()))

    def longest_block(self, step, done, timeout: float = 60) -> tuple[float, float]:
        """Run `step()` on the GUI thread, then turn the event loop until `done()`: (longest block, total) in s."""
        self._beat()
        cpu = time.thread_time()  # this (the GUI) thread's CPU: what a loaded machine's waiting leaves out
        self.beats = [(time.perf_counter(), cpu)]
        self.timer.start()
        step()
        self._beat()  # the step itself blocked the loop until here
        end = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError
            self.app.processEvents()
            time.sleep(0.0005)
        for _ in range(20):  # what the step left queued (painting, layouts) runs now too
            self.app.processEvents()
            time.sleep(0.001)
        self.timer.stop()
        self._beat()
        gaps = [b[0] - a[0] for a, b in zip(self.beats, self.beats[1:])]
        self.cpu_block = max(b[1] - a[1] for a, b in zip(self.beats, self.beats[1:]))
        self.cpu = time.thread_time() - cpu
        return max(gaps), self.beats[-1][0] - self.beats[0][0]


def _one_run(app, heart: Heartbeat, application_class, db, settings, actor, name: str, case_id, language: str,
             steps: dict[str, list[float]], cpu: dict[str, list[float]],
             cpu_blocks: dict[str, list[float]]) -> None:
    """Sign in, open `case_id`, switch to `language`: each step's longest block and GUI-thread CPU."""
    from desktop import i18n

    settings.setValue("language", "en")
    i18n.install("en")
    holder: dict = {}

    def sign_in() -> None:
        holder["app"] = application_class(db, settings, actor, name)
        holder["app"].show()

    def measure(step: str, action, done) -> None:
        block, _ = heart.longest_block(action, done)
        steps[step].append(block)
        cpu[step].append(heart.cpu)
        cpu_blocks[step].append(heart.cpu_block)

    measure("sign-in -> main window (list filled)", sign_in,
            lambda: holder["app"].window.case_list.model.rowCount() > 0 and holder["app"].ws.worker.idle())
    application = holder["app"]

    def case_shown() -> bool:
        view = application.window.current_case()
        return view is not None and view.file is not None and application.ws.worker.idle()

    measure("open a case", lambda: application.window.open_case(case_id), case_shown)
    measure("language switch (window rebuilt, case reopened)", lambda: application.switch(language),
            lambda: case_shown() and application.window.case_list.model.rowCount() > 0)
    application.window.close()
    application.ws.worker.shutdown()
    # Gone as a signed-out window is: a window (and its idle lock's application-wide event filter) kept
    # alive would slow every later run down, which the program itself never does.
    if application.idle_lock is not None:
        application.idle_lock.deleteLater()
    application.window.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def gui_thread(path: Path, runs: int) -> None:
    """The longest freeze of the window (GUI-thread block) in each step a user takes on `path`."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application, choose_actor
    from models.db import open_database
    from models.services import cases

    app = QApplication.instance() or QApplication([])
    heart = Heartbeat(app)
    db = open_database(path)
    actor, name = choose_actor(db, None)
    ids = cases.case_list(db, actor)
    steps: dict[str, list[float]] = {"sign-in -> main window (list filled)": [], "open a case": [],
                                     "language switch (window rebuilt, case reopened)": []}
    cpu: dict[str, list[float]] = {step: [] for step in steps}
    cpu_blocks: dict[str, list[float]] = {step: [] for step in steps}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            settings = QSettings(str(Path(folder) / f"settings-{run}.ini"), QSettings.Format.IniFormat)
            _one_run(app, heart, Application, db, settings, actor, name, ids[(run * 37) % len(ids)],
                     "ru" if run % 2 == 0 else "kk", steps, cpu, cpu_blocks)
    # The first run also imports the modules a step needs: the worst figure includes that.
    for step, blocks in steps.items():
        report(f"GUI thread blocked: {step}", blocks)
        report(f"GUI thread blocked, its CPU: {step}", cpu_blocks[step])
        report(f"GUI thread CPU, whole step: {step}", cpu[step])
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--make", type=int, metavar="N", help="fill a new database with N demo persons first")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--cases", type=int, default=30, help="how many cases to open")
    parser.add_argument("--gui-runs", type=int, default=5, help="sign-in, open a case, switch language: how often")
    parser.add_argument("--gui-only", action="store_true", help="only the GUI-thread blocks of those steps")
    args = parser.parse_args()
    if args.make and not args.db.exists():
        make(args.db, args.make)
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    gui_thread(args.db, args.gui_runs)
    if args.gui_only:
        return
    shown, filled, cpu = startup(args.db, args.startup_runs)
    report("start-up: main window shown, takes input", shown, "s")
    report("start-up: case list filled", filled, "s")
    report("start-up: CPU time of the whole process", cpu, "s")
    in_process(args.db, args.cases)


if __name__ == "__main__":
    main()
