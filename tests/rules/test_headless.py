"""The rule engine is headless and pure: no Qt, no database."""
from __future__ import annotations

import subprocess
import sys


def test_rules_import_neither_qt_nor_the_database():
    # (models.cli is left out: its package also carries the database commands.)
    code = ("import sys, models.rules.engine, models.schemas.situation; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy', 'models.db', 'models.services'))];"
            "print(bad)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
