"""Smoke test of the frozen program: `python scripts/smoke_frozen.py [dist/qamqor]`, after `make installer`.

Runs the bundle, not the checkout, the way a caseworker's computer would: in a
fresh home folder, with no Python of ours on the path. Fails (exit 1, the
failed step named) when a data file, a module or a Qt plugin did not make it
into the bundle:

- the bundle holds the Qt plugins Qamqor needs and every `models`/`desktop`
  module of the checkout (a command added later is bundled too);
- `qamqor --version` prints the checkout's version;
- `rules eval` on the README's example;
- `demo --persons 50` on a new database;
- `letter` for a referral of that database: the PDF has its Cyrillic text
  (checked with pdftotext). The demo makes no referrals, so this script
  records one through the checkout's services first;
- `alerts --json`;
- the window opened offscreen for a few seconds, with nothing in its log or
  on stderr but what the offscreen platform always says.

Also prints the start-up time of the frozen program beside the console
script's (`--version`, `rules list`, best of 5), measured in the same run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Qt plugins without which Qamqor does not start or looks broken (no icons, no charts).
PLUGINS = ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
           "imageformats/libqsvg.so", "imageformats/libqjpeg.so", "iconengines/libqsvgicon.so",
           "xcbglintegrations/libqxcb-glx-integration.so", "platformthemes/libqgtk3.so")
# What the offscreen platform says on every start: not an error of ours.
HARMLESS = re.compile(r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


class Failed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.folder = folder
        self.program = folder / ("qamqor.exe" if sys.platform == "win32" else "qamqor")
        self.home = home
        # A caseworker's computer: a home of its own, and nothing of the checkout's Python.
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QAMQOR", "QT_"))}
        self.env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
                        XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
                        PATH="/usr/bin:/bin", LANG="C.UTF-8")

    def run(self, *args: str, stdin: str | None = None, expect: int = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(self.program), *args], input=stdin, capture_output=True, text=True,
                              env=self.env, cwd=self.home, timeout=180)
        if done.returncode != expect:
            raise Failed(f"qamqor {' '.join(args)} exited {done.returncode}:\n{done.stdout[-2000:]}"
                         f"{done.stderr[-4000:]}")
        return done


def bundled_files(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    qt = internal / "PySide6" / "Qt"
    missing = [p for p in PLUGINS if not (qt / "plugins" / p).exists()]
    check(not missing, f"Qt plugins missing from the bundle: {missing}")
    check(any(qt.glob("lib/libQt6Charts.so*")), "Qt Charts is missing from the bundle")
    for extension in ("QtCharts", "QtSvg", "QtWidgets", "QtPrintSupport"):
        check(any((internal / "PySide6").glob(f"{extension}.*")), f"PySide6.{extension} is missing from the bundle")
    for data in ("rules/stay.toml", "letters/referral.toml", "fonts/DejaVuSans.ttf", "icons/qamqor.svg",
                 "translations/qamqor_ru.qm", "translations/qamqor_kk.qm", "translations/qamqor_en.qm"):
        check((internal / "resources" / data).exists(), f"resources/{data} is missing from the bundle")
    stray = [p.name for p in (internal / "resources" / "translations").iterdir() if p.suffix != ".qm"]
    check(not stray, f"translation sources in the bundle: {stray}")
    check((internal / "migrations" / "env.py").exists(), "migrations/env.py is missing from the bundle")
    for dev in ("pytest", "_pytest", "hypothesis", "pytestqt", "tests"):
        check(not (internal / dev).exists(), f"{dev} is in the bundle")
    modules = bundled_modules(bundle.program)
    ours = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            for package in ("models", "desktop") for p in (ROOT / package).rglob("*.py")}
    check(not (ours - modules), f"modules of the checkout missing from the bundle: {sorted(ours - modules)}")
    needed = {"sqlcipher3", "keyring.backends.SecretService", "keyring.backends.chainer", "pypdfium2",
              "reportlab.pdfbase.ttfonts", "alembic.runtime.migration"}
    check(not (needed - modules), f"modules missing from the bundle: {sorted(needed - modules)}")
    check(not {m for m in modules if m.split(".")[0] in {"pytest", "_pytest", "hypothesis", "tests", "pytestqt"}},
          "test modules are in the bundle")


def bundled_modules(program: Path) -> set[str]:
    """The Python modules frozen into the program's archive."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(program))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    return set(archive.open_embedded_archive(pyz).toc)


def version(bundle: Bundle) -> None:
    from models import __version__

    out = bundle.run("--version").stdout.strip()
    check(out == f"qamqor {__version__}", f"qamqor --version printed {out!r}, not qamqor {__version__}")


def readme_example() -> str:
    found = re.search(r"echo '(\{.*?\})' \\\n\s*\| qamqor rules eval", (ROOT / "README.md").read_text())
    check(found is not None, "the README's `rules eval` example was not found")
    return found.group(1)  # type: ignore[union-attr]


def rules_eval(bundle: Bundle) -> None:
    answer = json.loads(bundle.run("rules", "eval", stdin=readme_example()).stdout)
    rules = {o["rule"] for o in answer["obligations"]}
    check({"registration.deadline", "stay.per_entry"} <= rules, f"rules eval answered {sorted(rules)}")
    check(bundle.run("rules", "list").stdout.count("@") > 5, "rules list lists no rule versions")


def demo(bundle: Bundle, db: Path) -> None:
    out = bundle.run("--db", str(db), "demo", "--persons", "50").stdout
    check("Demo data: 50 persons" in out, f"demo said: {out}")


def add_referral(db: Path) -> str:
    """One sent referral of a demo case to an organisation of the directory, with the person's consent."""
    from sqlalchemy import select

    from models.clock import today
    from models.db import open_database
    from models.entities import Case, CaseStatus, Person
    from models.services import consent, directory, referrals
    from models.services.base import Actor

    database = open_database(db, upgrade=False)
    try:
        actor = Actor.system()
        with database.reading() as session:
            # An adult's case: a minor's referral asks for a guardian's consent or a best-interest reason.
            case_id = session.scalars(select(Case.id).join(Person, Person.id == Case.person_id).where(
                Case.status == CaseStatus.open, Person.birth_date <= today() - dt.timedelta(days=19 * 366))
                .limit(1)).one()
        organisation = directory.organisations(database, actor)[0]
        shared = ["identity", "contact"]
        consent.record_consent(database, actor, {
            "case_id": case_id, "purpose": "share_data", "organisation_id": organisation.id, "scope": shared,
            "given_on": today() - dt.timedelta(days=1), "method": "verbal_with_witness", "witness": "Дана Серікқызы"})
        draft = referrals.create_referral(database, actor, {
            "case_id": case_id, "organisation_id": organisation.id, "services": ["shelter", "legal_aid"],
            "urgency": "urgent", "reason": "The employer kept the passport.",
            "shared": shared}).value
        sent = referrals.send_referral(database, actor, draft.id, draft.version, {"sent_on": today()}).value
        return sent.reference
    finally:
        database.close()


def letter(bundle: Bundle, db: Path) -> None:
    reference = add_referral(db)
    for language, words in (("ru", ("НАПРАВЛЕНИЕ", "Запрашиваемые услуги", "Юридическая помощь")),
                            ("kk", ("ЖОЛДАМА", "Сұралатын қызметтер"))):
        pdf = bundle.home / f"letter-{language}.pdf"
        bundle.run("--db", str(db), "letter", reference, "--out", str(pdf), "--lang", language)
        check(pdf.read_bytes().startswith(b"%PDF"), "letter wrote no PDF")
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        for expected in (*words, reference):
            check(expected in text, f"the {language} letter lacks {expected!r}; its text:\n{text[:1500]}")


def alerts(bundle: Bundle, db: Path) -> None:
    answer = json.loads(bundle.run("--db", str(db), "alerts", "--json").stdout)
    check(answer["counts"]["listed"] == len(answer["alerts"]) > 0, f"alerts --json: {answer['counts']}")


def window(bundle: Bundle, db: Path, seconds: float = 5.0) -> None:
    """Open the desktop offscreen (the sign-in dialog, over icons, fonts, translations); no error logged."""
    env = dict(bundle.env, QT_QPA_PLATFORM="offscreen")
    started = subprocess.Popen([str(bundle.program), "--db", str(db)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env, cwd=bundle.home)
    try:
        started.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        started.terminate()
        out, err = started.communicate(timeout=30)
    else:
        out, err = started.communicate()
        raise Failed(f"the window closed by itself (exit {started.returncode}):\n{out}{err}")
    problems = [line for line in err.splitlines() if line.strip() and not HARMLESS.search(line)]
    check(not problems, "the window wrote to stderr:\n" + "\n".join(problems))
    logs = list(bundle.home.rglob("qamqor.log"))
    check(bool(logs), "the window wrote no log file")
    logged = [line for log in logs for line in log.read_text().splitlines()
              if re.search(r"\b(WARNING|ERROR|CRITICAL)\b|Traceback", line)]
    check(not logged, "the window logged:\n" + "\n".join(logged))


def startup(bundle: Bundle) -> None:
    """Best of 5 for `--version` and `rules list`, frozen beside the console script, in this run.

    Wall time and CPU time (user + system): on a shared machine the wall time mostly measures the
    other processes; the CPU time is what the start costs.
    """
    console = shutil.which("qamqor", path=str(Path(sys.executable).parent))
    rows = []
    for args in (["--version"], ["rules", "list"]):
        cells = []
        for name, program in (("frozen", str(bundle.program)), ("console script", console)):
            if program is None:
                continue
            wall = cpu = float("inf")
            for _ in range(5):
                before, began = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
                subprocess.run([program, *args], capture_output=True, check=True, env=bundle.env)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall = min(wall, time.perf_counter() - began)
                cpu = min(cpu, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            cells.append(f"{name} {wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)")
        rows.append(f"  qamqor {' '.join(args):12} " + "   ".join(cells))
    print("start-up, best of 5:\n" + "\n".join(rows))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "qamqor"), help="the one-folder bundle")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qamqor-smoke-") as home:
        bundle = Bundle(Path(args.bundle).resolve(), Path(home))
        db = bundle.home / "office.db"
        steps = [("bundled files and modules", lambda: bundled_files(bundle)), ("--version", lambda: version(bundle)),
                 ("rules eval (README example)", lambda: rules_eval(bundle)),
                 ("demo --persons 50", lambda: demo(bundle, db)), ("letter (ru, kk: Cyrillic)", lambda: letter(bundle, db)),
                 ("alerts --json", lambda: alerts(bundle, db)), ("window offscreen", lambda: window(bundle, db))]
        passed = failed = 0
        for name, step in steps:
            began = time.perf_counter()
            try:
                step()
            except (Failed, subprocess.SubprocessError, OSError) as error:
                print(f"FAILED {name}: {error}")
                failed += 1
                continue
            passed += 1
            print(f"ok {name} ({time.perf_counter() - began:.1f} s)")
        if not args.no_timing and not failed:
            startup(bundle)
    print(f"frozen program: {passed} of {len(steps)} checks passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
