"""The core must run where there is no Qt: importing it loads no PySide6 module (STYLE.md)."""
import subprocess
import sys


def test_models_import_no_qt() -> None:
    code = (
        "import sys, models, models.entities, models.db, models.cli, models.services.cases, "
        "models.services.persons, models.services.records, models.rules\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
