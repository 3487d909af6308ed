"""Screenshots of the import wizard's mapping, dry-run and duplicate pages, in English and Russian.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/import_screenshots.py [--out docs/screenshots]

Makes a small demo database and a messy office list (Windows-1251, Russian headers, a title row, an unknown
country, an exit before its entry, an IIN twice, a person already recorded written in Latin letters) in
a temporary folder, drives the real wizard and saves one PNG per page and language.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def settle(app, seconds: float = 0.5) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.02)


def wait(app, condition, timeout: float = 30) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the wizard did not get there")
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    from PySide6.QtWidgets import QApplication, QWizard

    app = QApplication(sys.argv[:1])
    from desktop import i18n
    from desktop.importer.wizard import ImportWizard
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.services import accounts, persons
    from models.services.base import Actor
    from tests.importing.conftest import write_list

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "office.db")
        supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
            "username": "gulnara", "full_name": "Gulnara Serikovna", "role": "supervisor",
            "password": "correct horse battery"}).value)
        persons.create_person(db, supervisor, {"family_name": "Юсупов", "given_name": "Алишер",
                                               "patronymic": "Рустамович", "birth_date": "1990-04-12",
                                               "sex": "male", "citizenship": "UZB"})
        listing = write_list(Path(folder) / "clients-2024-06.csv")
        for lang in ("en", "ru"):
            i18n.install(lang)
            ws = Workspace(db, supervisor, "Gulnara Serikovna")
            wizard = ImportWizard(ws)
            wizard.resize(1100, 640)
            wizard.show()
            wizard.file_page.path.setText(str(listing))
            wizard.file_page.load()
            wait(app, lambda w=wizard: w.table is not None)
            wizard.next()
            wizard.mapping_page.to_note.setChecked(True)
            settle(app)
            suffix = "" if lang == "en" else "-ru"
            wizard.grab().save(str(out / f"import-mapping{suffix}.png"))
            wizard.next()
            wait(app, lambda w=wizard: w.dry is not None)
            settle(app)
            wizard.grab().save(str(out / f"import-dry-run{suffix}.png"))
            wizard.next()
            settle(app)
            wizard.grab().save(str(out / f"import-duplicates{suffix}.png"))
            wizard.button(QWizard.WizardButton.CancelButton).click()
            wait(app, ws.worker.idle)
            ws.worker.shutdown()
        db.close()
    print(f"Wrote the import wizard's screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
