"""`make windows-smoke`: the Windows installer, installed and used under Wine as a caseworker would.

    .venv/bin/python installer/windows/smoke.py [dist/Qamqor-VERSION-setup.exe] [--keep] [--screenshots DIR]

A fresh Wine prefix whose user is "Айгерим" (so the data folder is C:\\users\\Айгерим\\AppData\\Local\\Qamqor),
then, each step printed with its time, stopping at the first failure (exit status 1):
silent install; --version; qamqorw.exe (no console) starts Qamqor; rules eval; demo --persons 300 into the user's data folder; the data folder
closed to everyone but the user; a referral letter in Kazakh with every Kazakh letter (pdftotext);
backup and restore; the main window on the demo in Russian and Kazakh (PNG, real letters checked);
an encrypted database enrolled with an office server running here on 127.0.0.1, then reopened for its
first sync, and refused with a wrong passphrase; a silent uninstall that leaves the data in place.

Three things Wine 8 lacks that Windows 10/11 has are stood in for IN THIS TEST PREFIX ONLY, never in the
installer (installer/windows/README.md says why): icuuc.dll and bcryptprimitives.dll (standins/), and
Python's `_wmi` module, which Wine cannot answer (it is removed from the installed copy here).
Under Wine, Python's standard streams must be pipes: every command here runs with stdin/stdout piped.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "installer" / "windows"
sys.path.insert(0, str(ROOT))

USER = "Айгерим"
KAZAKH_LETTERS = "әғқңөұүһі"
PASSPHRASE = "Қамқор-сынақ-2026 тұз"  # a Kazakh passphrase: typed on a Kazakh keyboard, it must work too


class Failed(Exception):
    pass


def check(condition: object, what: str) -> None:
    if not condition:
        raise Failed(what)


class Wine:
    """A Wine prefix of its own, its user, and the installed program in it."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QAMQOR", "QT_", "DISPLAY", "WAYLAND", "XDG_"))}
        # Wine links the user's Documents, Desktop, ... to the Linux home: a home of the test's own keeps
        # what the caseworker saves there inside the test's folder.
        linux_home = prefix.parent / "home"
        linux_home.mkdir(parents=True, exist_ok=True)
        # Fontconfig's cache stays the real user's: made again in an empty home it costs minutes of CPU.
        cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        self.env.update(WINEPREFIX=str(prefix), WINEDEBUG="-all", USER=USER, LOGNAME=USER, LANG="C.UTF-8",
                        HOME=str(linux_home), XDG_CACHE_HOME=cache,
                        # no Mono or Gecko download dialogs; the test-only stand-ins (below) win over Wine's own
                        WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives,icuuc=n,b")
        self.home = prefix / "drive_c" / "users" / USER
        self.program = self.home / "AppData" / "Local" / "Programs" / "Qamqor"
        self.data = self.home / "AppData" / "Local" / "Qamqor"

    @staticmethod
    def windows(path: Path) -> str:
        """The Windows name of a file in the prefix's C: drive."""
        parts = path.parts[path.parts.index("drive_c") + 1:]
        return "C:\\" + "\\".join(parts)

    def wine(self, *args: str, stdin: str = "", timeout: float = 300, env: dict[str, str] | None = None,
             expect: int | None = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(["wine", *args], input=stdin, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", env={**self.env, **(env or {})}, timeout=timeout,
                              cwd=self.prefix.parent)
        if expect is not None and done.returncode != expect:
            raise Failed(f"wine {' '.join(args)} exited {done.returncode} (not {expect}):\n{done.stdout[-2000:]}"
                         f"{done.stderr[-3000:]}")
        return done

    def qamqor(self, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
        return self.wine(str(self.program / "qamqor.exe"), *args, **kwargs)

    def wait(self) -> None:
        """Until every Windows process of the prefix has ended (the uninstaller runs a copy of itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)


# --- the steps ---------------------------------------------------------------------------------------------

def prefix(wine: Wine) -> None:
    # The first start of a prefix (wineboot) sometimes times out when the machine is busy: it is started
    # again, up to three times, before the smoke test gives up. Nothing of Qamqor's is retried.
    for attempt in range(1, 4):
        try:
            wine.wine("wineboot", "--init", timeout=240, expect=None)
            wine.wait()
        except subprocess.TimeoutExpired:
            wine.stop()
            print(f"   wineboot timed out (attempt {attempt} of 3)")
            continue
        if wine.home.is_dir():
            break
    check(wine.home.is_dir(), f"Wine made no home folder for {USER}")
    # Test prefix only: with no X display (CI has none) Wine loads no graphics driver and every CreateWindowEx
    # fails, so Qt's main window has no native window; closing it then does nothing, and Qt's quit, which
    # closes windows until none is visible, loops for ever (growing past 4 GB). Wine's null driver makes
    # real windows without a display, as Windows always has them.
    wine.wine("reg", "add", r"HKCU\Software\Wine\Drivers", "/v", "Graphics", "/d", "null", "/f")
    system32 = wine.prefix / "drive_c" / "windows" / "system32"
    build = wine.prefix / "standins"
    build.mkdir()
    (build / "icuuc.c").write_text(icu_standin(), encoding="utf-8")
    for name in ("icuuc", "bcryptprimitives"):
        source = build / "icuuc.c" if name == "icuuc" else HERE / "standins" / "bcryptprimitives.c"
        subprocess.run(["x86_64-w64-mingw32-gcc", "-O2", "-shared", "-s", "-o", str(system32 / f"{name}.dll"),
                        str(source), "-ladvapi32"], check=True)


def icu_standin() -> str:
    """A stand-in for Windows' system ICU (icuuc.dll, in Windows 10 1903 and later), which Wine 8 lacks: each
    function Qt6Core.dll imports from it fails, as if no converter existed (Qt then uses its own UTF-8/16)."""
    lib = ROOT / "build" / "windows" / "Qamqor" / "lib" / "PySide6" / "Qt6Core.dll"
    dump = subprocess.run(["x86_64-w64-mingw32-objdump", "-p", str(lib)], capture_output=True, text=True,
                          check=True).stdout
    block = re.search(r"DLL Name: icuuc\.dll\n(.*?)\n\n", dump, re.S | re.I)
    names = re.findall(r"^\s+[0-9a-f]+\s+\d+\s+(\w+)$", block.group(1), re.M) if block else []
    return "\n".join(["/* TEST PREFIX ONLY: generated by installer/windows/smoke.py */"] +
                     [f"__declspec(dllexport) void *{name}(void) {{ return 0; }}" for name in names]) + "\n"


def install(wine: Wine, setup: Path) -> None:
    wine.wine(str(setup), "/S", "/CurrentUser", timeout=600)
    wine.wait()
    for name in ("qamqor.exe", "qamqorw.exe", "uninstall.exe", "python/python.exe", "app/desktop/launcher.py"):
        check((wine.program / name).exists(), f"the installer put no {name} in {wine.program}")
    check(any(wine.program.glob("app/models/__pycache__/*.cpython-313.pyc")), "the installer compiled no modules")
    menu = wine.home / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Qamqor.lnk"
    check(menu.exists(), f"no Start-menu entry at {menu}")
    registry = wine.wine("reg", "query", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Qamqor").stdout
    check("QuietUninstallString" in registry, f"no uninstall entry for the user:\n{registry}")
    # Test prefix only: Wine cannot answer Python's WMI queries (the process aborts); without _wmi, Python's
    # `platform` module asks Windows the old way, as it does on any Windows without WMI.
    (wine.program / "python" / "_wmi.pyd").unlink()


def version(wine: Wine) -> None:
    from models import __version__

    out = wine.qamqor("--version").stdout.strip()
    check(out == f"qamqor {__version__}", f"--version printed {out!r}")
    print(f"   {out}")


def windowed(wine: Wine) -> None:
    """qamqorw.exe, the Start-menu program, opens no console and returns at once: it must still start the
    program (here a command, which it runs without printing), in pythonw.exe."""
    database = wine.home / "Documents" / "qamqorw.db"
    wine.wine(str(wine.program / "qamqorw.exe"), "--db", Wine.windows(database), "demo", "--persons", "5")
    wine.wait()
    check(database.is_file() and persons(database) == 5, "qamqorw.exe did not run Qamqor")
    database.unlink()
    print("   qamqorw.exe started Qamqor without a console")


def rules_eval(wine: Wine) -> None:
    from scripts.smoke_frozen import readme_example

    answer = json.loads(wine.qamqor("rules", "eval", stdin=readme_example()).stdout)
    rules = sorted({o["rule"] for o in answer["obligations"]})
    check({"registration.deadline", "stay.per_entry"} <= set(rules), f"rules eval answered {rules}")
    print(f"   obligations: {', '.join(rules)}")


def demo(wine: Wine) -> None:
    out = wine.qamqor("demo", "--persons", "300", timeout=900).stdout
    check("Demo data: 300 persons" in out, f"demo said: {out}")
    database = wine.data / "qamqor.db"
    check(database.is_file(), f"no database at {database}")
    print(f"   {Wine.windows(database)}: {database.stat().st_size // 1024} KB")


def python(wine: Wine, code: str, *args: str, **kwargs) -> str:
    """A few lines run by the installed program's own Python (isolated and in UTF-8, as the launcher runs it)."""
    return wine.wine(str(wine.program / "python" / "python.exe"), "-I", "-X", "utf8", "-c", code, *args,
                     **kwargs).stdout


def python_file(wine: Wine, script: Path, *args: str) -> str:
    # The first window of a fresh prefix waits for Wine to list the computer's fonts: minutes on a busy machine.
    return wine.wine(str(wine.program / "python" / "python.exe"), "-I", "-X", "utf8", Wine.windows(script), *args,
                     timeout=900).stdout


def private_folder(wine: Wine) -> None:
    """Qamqor asks Windows for the data folder's private ACL (models/acl.py). Wine 8 accepts the request but
    keeps no ACL (it shows one made from the Unix modes): the result is checked on real Windows (README)."""
    out = python(wine, "import sys; from pathlib import Path; from models import acl; "
                       "print(acl.make_private(Path(sys.argv[1]))); print(acl.describe(sys.argv[1]))",
                 Wine.windows(wine.data))
    check(out.startswith("True"), f"Windows refused the private ACL of the data folder:\n{out}")
    print("   Windows accepted the ACL; Wine reports: " + " | ".join(out.splitlines()[1:]))


def add_referral(database: Path) -> str:
    """A sent referral whose letter says, in Kazakh, why: with the consent it needs. Recorded here, through
    the checkout's services, on the very file the Windows program made (the demo makes no referrals)."""
    from sqlalchemy import select

    from models.clock import today
    from models.db import open_database
    from models.entities import Case, CaseStatus, Person
    from models.services import consent, directory, referrals
    from models.services.base import Actor

    db = open_database(database, upgrade=False)
    try:
        actor = Actor.system()
        with db.reading() as session:
            # An adult's case: a minor's referral asks for a guardian's consent or a best-interest reason.
            case_id = session.scalars(select(Case.id).join(Person, Person.id == Case.person_id).where(
                Case.status == CaseStatus.open, Person.birth_date <= today() - dt.timedelta(days=19 * 366))
                .limit(1)).one()
        organisation = directory.organisations(db, actor)[0]
        shared = ["identity", "contact", "situation"]
        consent.record_consent(db, actor, {
            "case_id": case_id, "purpose": "share_data", "organisation_id": organisation.id, "scope": shared,
            "given_on": today() - dt.timedelta(days=1), "method": "verbal_with_witness", "witness": "Зуһра Әбілқызы"})
        draft = referrals.create_referral(db, actor, {
            "case_id": case_id, "organisation_id": organisation.id, "services": ["shelter", "legal_aid"],
            "urgency": "urgent", "shared": shared,
            "reason": "Жұмыс беруші төлқұжатын ұстап қалған; шаһардағы үйде түнейді, көмек өте қажет."}).value
        return referrals.send_referral(db, actor, draft.id, draft.version, {"sent_on": today()}).value.reference
    finally:
        db.close()


def letter(wine: Wine) -> None:
    reference = add_referral(wine.data / "qamqor.db")
    pdf = wine.home / "Documents" / f"жолдама {reference}.pdf"  # a Cyrillic file name too
    pdf.parent.mkdir(exist_ok=True)
    wine.qamqor("letter", reference, "--lang", "kk", "--out", Wine.windows(pdf))
    check(pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), f"no PDF at {pdf}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    missing = [c for c in KAZAKH_LETTERS if c not in text]
    check(not missing and "ЖОЛДАМА" in text and reference in text,
          f"the Kazakh letter lacks {missing or 'its title'}; its text:\n{text[:1500]}")
    print(f"   {Wine.windows(pdf)}: {pdf.stat().st_size // 1024} KB, has {' '.join(KAZAKH_LETTERS)}")


def persons(database: Path, passphrase: str | None = None) -> int:
    from sqlalchemy import func, select

    from models.db import open_database
    from models.entities import Person

    db = open_database(database, passphrase=passphrase, upgrade=False)
    try:
        with db.reading() as session:
            return int(session.scalar(select(func.count(Person.id))) or 0)
    finally:
        db.close()


def backup_and_restore(wine: Wine) -> None:
    copy = wine.home / "Documents" / "резерв.db"
    wine.qamqor("backup", Wine.windows(copy))
    check(copy.is_file(), f"backup wrote nothing at {copy}")
    before = persons(copy)
    (wine.data / "qamqor.db").unlink()  # the database lost: only the backup can bring it back
    wine.qamqor("restore", Wine.windows(copy), stdin="y\n")
    after = persons(wine.data / "qamqor.db")
    check(before == after == 300, f"the backup held {before} persons, the restored database {after}")
    print(f"   {Wine.windows(copy)} → restored, {after} persons")


def window(wine: Wine, screenshots: Path | None) -> None:
    """The main window on the demo, in Russian and Kazakh, through Qt's own Windows platform (as on a laptop;
    Wine's null driver gives it a native window without a display); its font must draw every Kazakh letter, not
    one box for all, and it must close as a caseworker closes it."""
    from PySide6.QtGui import QImage

    from desktop.fonts import KAZAKH

    shot = wine.prefix / "drive_c" / "window_shot.py"
    shutil.copy2(HERE / "window_shot.py", shot)
    for language in ("ru", "kk"):
        png = wine.home / f"window-{language}.png"
        said = python_file(wine, shot, Wine.windows(wine.data / "qamqor.db"), language, Wine.windows(png),
                           "k.bekmukhambetov").strip()
        image = QImage(str(png))
        check(not image.isNull() and image.width() >= 1000, f"no window picture at {png}")
        check(said.startswith(f"{len(KAZAKH)} of {len(KAZAKH)} "), f"the {language} window's letters: {said}")
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, screenshots / f"windows-{language}.png")
        print(f"   {language}: {image.width()}×{image.height()} px; {said}")


def sync(wine: Wine) -> None:
    from tests.sync.helpers import PASSWORD, make_user, private_office

    field = wine.data / "поле.db"
    with private_office("qamqor-windows-office-") as (office, server, _folder):
        user = "a.serikqyzy"
        make_user(office, user)
        secrets = {"QAMQOR_PASSWORD": PASSWORD, "QAMQOR_PASSPHRASE": PASSPHRASE}
        out = wine.qamqor("--db", Wine.windows(field), "sync", "enrol", server.url, "--fingerprint",
                          server.fingerprint, "--user", user, "--device-name", "Айгерим-ноутбук", env=secrets).stdout
        check("enrolled" in out, f"sync enrol said: {out}")
        check(field.read_bytes()[:16] != b"SQLite format 3\0", "the new database is not encrypted")
        # The passphrase kept in Windows' Credential Manager (keyring's WinVaultKeyring), as the desktop's
        # "remember" does; the sync then opens the database with no passphrase given.
        kept = python(wine, "import sys; import keyring; from models import passphrases; "
                            "print(type(keyring.get_keyring()).__name__, passphrases.remember(sys.argv[1], sys.argv[2]))",
                      Wine.windows(field), PASSPHRASE).strip()
        check(kept == "WinVaultKeyring True", f"the Credential Manager did not keep the passphrase: {kept}")
        answer = json.loads(wine.qamqor("--db", Wine.windows(field), "sync", "--json", timeout=600,
                                        env={"QAMQOR_PASSWORD": PASSWORD}).stdout)
        check(answer.get("ok", True) is not False, f"the first sync answered {answer}")
        print(f"   {out.strip()}\n   passphrase kept by {kept.split()[0]}; first sync, reopened with it: "
              f"{json.dumps(answer, ensure_ascii=False)[:300]}")
    refused = wine.qamqor("--db", Wine.windows(field), "alerts", "--json", expect=2,
                          env={"QAMQOR_PASSPHRASE": "not the passphrase at all"})
    check("Traceback" not in refused.stderr, f"a wrong passphrase gave a traceback:\n{refused.stderr}")
    print(f"   a wrong passphrase: {refused.stderr.strip()[:200]}")


def uninstall(wine: Wine) -> None:
    backup = wine.home / "Documents" / "резерв.db"
    wine.wine(str(wine.program / "uninstall.exe"), "/S", "/CurrentUser", timeout=300)
    wine.wait()
    left = sorted(p.name for p in wine.program.iterdir()) if wine.program.exists() else []
    check(not left, f"the uninstaller left {left} in {wine.program}")
    registry = wine.wine("reg", "query", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Qamqor",
                         expect=None)
    check(registry.returncode != 0, "the uninstall entry is still there")
    check(persons(wine.data / "qamqor.db") == 300 and backup.is_file() and (wine.data / "поле.db").is_file(),
          "the uninstaller took the user's data")
    print(f"   the program's folder is gone; {Wine.windows(wine.data)} keeps "
          f"{', '.join(sorted(p.name for p in wine.data.iterdir()))}")


def main() -> int:
    from models import __version__

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setup", nargs="?", default=str(ROOT / "dist" / f"Qamqor-{__version__}-setup.exe"))
    parser.add_argument("--keep", action="store_true", help="keep the Wine prefix (its path is printed)")
    parser.add_argument("--screenshots", metavar="DIR", help="copy the window's PNGs here as windows-LANG.png")
    args = parser.parse_args()
    setup = Path(args.setup).resolve()
    if not setup.is_file():
        print(f"no installer at {setup}: run `make windows` first")
        return 1
    screenshots = Path(args.screenshots).resolve() if args.screenshots else None
    folder = Path(tempfile.mkdtemp(prefix="qamqor-wine-"))
    wine = Wine(folder / "prefix")
    steps: list[tuple[str, Callable[[], None]]] = [
        ("a fresh Wine prefix for user Айгерим", lambda: prefix(wine)),
        (f"silent install of {setup.name} for the current user", lambda: install(wine, setup)),
        ("qamqor --version", lambda: version(wine)),
        ("qamqorw.exe, the Start-menu program", lambda: windowed(wine)),
        ("qamqor rules eval (README example)", lambda: rules_eval(wine)),
        ("qamqor demo --persons 300 into the user's data folder", lambda: demo(wine)),
        ("the data folder made private (ACL)", lambda: private_folder(wine)),
        ("qamqor letter --lang kk (every Kazakh letter)", lambda: letter(wine)),
        ("qamqor backup, then restore", lambda: backup_and_restore(wine)),
        ("main window in Russian and Kazakh (PNG)", lambda: window(wine, screenshots)),
        ("encrypted database: sync enrol, keyring, first sync, wrong passphrase", lambda: sync(wine)),
        ("silent uninstall keeps the data", lambda: uninstall(wine)),
    ]
    print(f"Windows smoke test of {setup.name} ({setup.stat().st_size / 2**20:.0f} MB) under "
          f"{subprocess.run(['wine', '--version'], capture_output=True, text=True).stdout.strip()}")
    began, failed = time.monotonic(), None
    try:
        for number, (name, step) in enumerate(steps, 1):
            if failed is not None:
                print(f"{number:2}. skipped  {name}")
                continue
            start = time.monotonic()
            try:
                step()
            except (Failed, subprocess.SubprocessError, OSError) as error:
                failed = name
                print(f"{number:2}. FAILED   {name} ({time.monotonic() - start:.0f} s): {error}")
                continue
            print(f"{number:2}. ok       {name} ({time.monotonic() - start:.0f} s)")
    finally:
        wine.stop()
        if args.keep:
            print(f"the Wine prefix is kept: WINEPREFIX={wine.prefix}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"Windows smoke test: {'FAILED at ' + failed if failed else 'passed'} in {time.monotonic() - began:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
