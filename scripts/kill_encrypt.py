"""The long run of the `qamqor encrypt` crash test: SIGKILL at random moments, then check the database.

    .venv/bin/python scripts/kill_encrypt.py --persons 2000 --kills 40

Makes a plain demo database, then again and again: copies it, starts `qamqor encrypt` on the copy, kills it
(SIGKILL) after a random delay within the time a whole run takes, and checks that the path holds one whole
database (plain or encrypted) with every row, that the audit trail verifies, and that a second `encrypt`
finishes the work. Prints how many kills it survived.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models import db as database  # noqa: E402

PASSPHRASE = "kill me at random moments"


def qamqor(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "models.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def counts(path: Path) -> dict[str, int]:
    passphrase = PASSPHRASE if database.is_encrypted(path) else None
    with contextlib.closing(database.connect(path, passphrase, read_only=True)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("persons", "stays", "audit_log")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="qamqor-kill-"))
    env = dict(os.environ, QAMQOR_PASSPHRASE=PASSPHRASE,
               QAMQOR_AUDIT_KEY_FILE=str(folder / "audit-trail.key"))
    env.pop("QAMQOR_DB", None)
    template = folder / "template.db"
    assert qamqor("--db", str(template), "demo", "--persons", str(args.persons),
                  env=env | {"QAMQOR_PASSPHRASE": ""}).wait() == 0
    expected = counts(template)
    target = folder / "qamqor.db"
    shutil.copyfile(template, target)
    started = time.perf_counter()
    assert qamqor("--db", str(target), "encrypt", env=env).wait() == 0
    full = time.perf_counter() - started
    survived = killed_plain = killed_encrypted = 0
    for _ in range(args.kills):
        for stale in folder.glob("qamqor.db*"):
            stale.unlink()
        shutil.copyfile(template, target)
        process = qamqor("--db", str(target), "encrypt", env=env)
        time.sleep(rng.uniform(0, full))
        process.kill()
        process.wait()
        assert target.is_file() and counts(target) == expected, "rows lost"
        if database.is_encrypted(target):
            killed_encrypted += 1
        else:
            killed_plain += 1
        verify = subprocess.run([sys.executable, "-m", "models.cli", "--db", str(target), "audit", "verify"],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        assert verify.returncode == 0, verify.stdout + verify.stderr
        if not database.is_encrypted(target):
            assert qamqor("--db", str(target), "encrypt", env=env).wait() == 0
        assert database.is_encrypted(target) and counts(target) == expected
        assert not list(folder.glob("qamqor.db.removing")) and not list(folder.glob("qamqor.db.encrypting"))
        survived += 1
    shutil.rmtree(folder)
    print(f"{survived} of {args.kills} kills survived ({killed_plain} left it plain, {killed_encrypted} encrypted; "
          f"one run takes {full:.1f} s on {args.persons:,} persons); nothing lost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
