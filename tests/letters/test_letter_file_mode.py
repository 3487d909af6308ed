"""Issue 12 item 7: a referral letter written by `qamqor letter` is readable by its owner only (0600)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

from tests.letters.conftest import refer


def test_the_letter_file_is_0600_whatever_the_umask(db, db_path, actor, survivor, iom, tmp_path) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    out = tmp_path / "letter.pdf"
    done = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(db_path), "letter", sent.reference,
                           "--out", str(out)], capture_output=True, text=True, preexec_fn=lambda: os.umask(0o022))
    assert done.returncode == 0, done.stderr
    assert oct(stat.S_IMODE(out.stat().st_mode)) == oct(0o600)
