"""Screenshots of the account screens (docs/screenshots/accounts-*-{en,ru,kk}.png).

    .venv/bin/python scripts/accounts_screenshots.py [--out docs/screenshots] [--check /tmp/accounts-sizes]

Makes a small office in a temporary database (an administrator, three colleagues, one locked out,
one deactivated, a letterhead), then photographs the sign-in with its language choice, the first
start, Administration › Users, File › Change password, Administration › Office settings and the
idle lock (at 1024×700), in
English, Russian and Kazakh. `--check DIR` also photographs the main window with each dialog on top
at 1024×700 and 1600×1000 (to look at; not for the docs). Runs headless (QT_QPA_PLATFORM=offscreen).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PASSWORD = "correct horse battery"


def office(path: Path):
    from models.db import open_database
    from models.services import accounts, settings, users

    db = open_database(path)
    admin = accounts.set_up(db, {"username": "dana", "full_name": "Dana Serikkyzy", "role": "supervisor",
                                 "also_admin": True, "password": PASSWORD})
    for name, full, role in (("aigerim", "Айгерим Нурлановна", "caseworker"), ("bolat", "Болат Ахметов", "caseworker"),
                             ("saule", "Сәуле Жақсыбекова", "supervisor")):
        accounts.create_account(db, admin, {"username": name, "full_name": full, "role": role, "password": PASSWORD})
    for _ in range(accounts.FREE_ATTEMPTS):
        try:
            accounts.log_in(db, "bolat", "wrong password")
        except accounts.LoginRefused:
            pass
    users.deactivate(db, admin, "saule")
    accounts.log_in(db, "aigerim", PASSWORD)
    settings.change_known(db, admin, {"office.name": "Senim crisis centre", "office.name_kk": "«Сенім» дағдарыс орталығы",
                                      "office.name_ru": "Кризисный центр «Сенім»", "office.address": "Almaty",
                                      "office.address_ru": "Алматы, ул. Абая 10", "office.phone": "+7 727 000 11 22",
                                      "office.email": "info@senim.kz"})
    return db, admin


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--check", metavar="DIR", help="also the main window with each dialog at two sizes")
    args = parser.parse_args()
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.admin.office import OfficeSettingsDialog
    from desktop.admin.password import ChangePasswordDialog
    from desktop.admin.users import UsersDialog
    from desktop.main_window import MainWindow
    from desktop.sign_in import SetUpDialog, SignInDialog
    from desktop.workspace import Workspace
    from models.db import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db, admin = office(Path(folder) / "office.db")
        empty = open_database(Path(folder) / "new.db")
        ws = Workspace(db, admin, "Dana Serikkyzy")
        settings = QSettings(str(Path(folder) / "q.ini"), QSettings.Format.IniFormat)

        def settle() -> None:
            for _ in range(40):
                app.processEvents()
                if ws.worker.idle():
                    break
                import time
                time.sleep(0.05)
            app.processEvents()

        for language in i18n.LANGUAGES:
            i18n.install(language)
            window = MainWindow(ws, settings)
            window.show()
            settle()
            screens = {"sign-in": SignInDialog(db, ""), "first-start": SetUpDialog(empty),
                       "users": UsersDialog(ws, window), "change-password": ChangePasswordDialog(ws, window),
                       "office-settings": OfficeSettingsDialog(ws, window)}
            for name, dialog in screens.items():
                dialog.show()
                settle()
                if name == "users":
                    dialog.select("bolat")
                if name != "users":
                    dialog.adjustSize()
                settle()
                dialog.grab().save(str(out / f"accounts-{name}-{language}.png"))
                if args.check:
                    for width, height in ((1024, 700), (1600, 1000)):
                        window.resize(width, height)
                        settle()
                        check = Path(args.check)
                        check.mkdir(parents=True, exist_ok=True)
                        print(f"{language} {name} {width}x{height}: dialog {dialog.width()}x{dialog.height()}")
                        picture = window.grab()  # the dialog drawn over the window, where it opens
                        painter = QPainter(picture)
                        shot = dialog.grab()
                        painter.drawPixmap((width - shot.width()) // 2, (height - shot.height()) // 2, shot)
                        painter.end()
                        picture.save(str(check / f"{name}-{language}-{width}.png"))
                dialog.close()
            from desktop.idle_lock import IdleLock

            window.resize(1024, 700)
            lock = IdleLock(window, db, "dana", "Dana Serikkyzy", 10)
            lock.lock()
            assert lock.screen is not None
            lock.screen.password.setText("not the password")
            lock.screen.try_password()
            settle()
            window.grab().save(str(out / f"accounts-lock-{language}.png"))
            lock.unlock()
            window.close()
        ws.worker.shutdown()
        db.close()
        empty.close()
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
