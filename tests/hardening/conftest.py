"""A small file system of its own for the disk-full tests (a tmpfs mounted in the test; root only)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 3 MB tmpfs mounted at tmp_path/disk, unmounted afterwards; skipped where mounting is impossible."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the file system of `folder` up to the last `leave` bytes."""
    filler = folder / "filler"
    with filler.open("ab") as file:
        block = b"\0" * 65536
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                file.write(block[: max(1, min(len(block), free - leave))])
                file.flush()
        except OSError:
            pass
