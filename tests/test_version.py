"""The version lives in models/__init__.py; the package metadata and `qamqor --version` read it there."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from models import __version__
from models.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_qamqor_version_prints_the_version(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"qamqor {__version__}\n"


def test_the_version_is_written_in_one_place() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["dynamic"]["version"] == \
        {"attr": "models.__version__"}


def test_the_console_script_prints_it_too() -> None:
    done = subprocess.run([sys.executable, "-m", "models.cli", "--version"], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == f"qamqor {__version__}"
