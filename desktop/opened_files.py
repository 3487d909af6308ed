"""Attachments opened for reading: written to a private folder, deleted when their case closes or Qamqor quits.

An attachment's bytes live in the (possibly encrypted) database; to show one,
the system's viewer needs a file. It is written into one folder of this
process (mode 0700, each file 0600, under the system's temporary folder), by
its safe base name only (`models.filenames`), and deleted when the case's tab
closes, when the user signs out, and at quit. A folder left behind by a
Qamqor that crashed is removed at the next start.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from pathlib import Path

from models.filenames import safe_filename
from models.processes import process_exists

PREFIX = "qamqor-opened-"


class OpenedFiles:
    def __init__(self, root: Path | None = None) -> None:
        self._root = Path(root or tempfile.gettempdir())
        self._folder: Path | None = None
        self._by_case: dict[uuid.UUID, list[Path]] = {}

    @property
    def folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            self._remove_leftovers()
            self._folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self._root))
            os.chmod(self._folder, 0o700)
        return self._folder

    def write(self, case_id: uuid.UUID, filename: str, content: bytes) -> Path:
        """Write an attachment for a viewer to read; the path is inside the private folder, always."""
        folder = Path(tempfile.mkdtemp(dir=self.folder))  # one per opening: two scans may share a name
        path = folder / safe_filename(filename)
        if path.parent != folder:  # cannot happen with a safe base name; refused rather than trusted
            raise ValueError("an attachment's name must not contain a path")
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(content)
        self._by_case.setdefault(case_id, []).append(folder)
        return path

    def forget(self, case_id: uuid.UUID) -> None:
        """The case was closed: delete what was opened from it."""
        for folder in self._by_case.pop(case_id, []):
            shutil.rmtree(folder, ignore_errors=True)

    def clean_up(self) -> None:
        """Qamqor quits (or signs out): delete everything opened."""
        self._by_case.clear()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _remove_leftovers(self) -> None:
        """Folders of a Qamqor process that no longer runs (a crash, a power cut); POSIX only (on Windows
        `os.kill(pid, 0)` would send a signal, and the temporary folder is the user's own)."""
        if os.name != "posix":
            return
        for old in self._root.glob(f"{PREFIX}*"):
            try:
                pid = int(old.name[len(PREFIX):].split("-", 1)[0])
            except ValueError:
                continue
            if pid != os.getpid() and not process_exists(pid) and old.is_dir() and old.stat().st_uid == os.getuid():
                shutil.rmtree(old, ignore_errors=True)


opened = OpenedFiles()
atexit.register(opened.clean_up)
