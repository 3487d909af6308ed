"""Screenshots of issue 28 in the import wizard at 1024×700, in Russian and Kazakh: an office's list without
a basis of stay (120 rows), the mapping page with a basis chosen for the whole file, and the dry run with it
and without it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/import_basis_screenshots.py [--out docs/screenshots]

Writes import-basis-mapping-{ru,kk}.png and import-basis-dry-run-{ru,kk}.png (visa-free for the whole file),
import-basis-hint-{ru,kk}.png and import-basis-unknown-{ru,kk}.png (left unknown).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.import_screenshots import settle, wait  # noqa: E402  (after the path is set)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    from PySide6.QtWidgets import QApplication, QWizard

    app = QApplication(sys.argv[:1])
    from desktop import i18n
    from desktop.importer.wizard import ImportWizard
    from desktop.workspace import Workspace
    from models.db import open_database
    from models.services import accounts
    from models.services.base import Actor
    from tests.importing.conftest import without_basis

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "office.db")
        supervisor = Actor.of(accounts.create_account(db, Actor.system(), {
            "username": "gulnara", "full_name": "Gulnara Serikovna", "role": "supervisor",
            "password": "correct horse battery"}).value)
        listing = without_basis(Path(folder) / "inostrancy-2026-12.csv")
        for lang in ("ru", "kk"):
            i18n.install(lang)
            for chosen in (True, False):
                ws = Workspace(db, supervisor, "Gulnara Serikovna")
                wizard = ImportWizard(ws)
                wizard.resize(1024, 700)
                wizard.show()
                wizard.file_page.path.setText(str(listing))
                wizard.file_page.load()
                wait(app, lambda w=wizard: w.table is not None)
                wizard.next()
                page = wizard.mapping_page
                if chosen:
                    page.default_field.setCurrentIndex(page.default_field.findData("basis"))
                    page.default_value.setCurrentIndex(page.default_value.findData("visa_free"))
                    page.set_default_button.click()
                settle(app)
                wizard.grab().save(str(out / f"import-basis-{'mapping' if chosen else 'hint'}-{lang}.png"))
                wizard.next()
                wait(app, lambda w=wizard: w.dry is not None)
                settle(app)
                name = "dry-run" if chosen else "unknown"
                wizard.grab().save(str(out / f"import-basis-{name}-{lang}.png"))
                wizard.button(QWizard.WizardButton.CancelButton).click()
                wait(app, ws.worker.idle)
                ws.worker.shutdown()
        db.close()
    print(f"Wrote the screenshots of issue 28 to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
