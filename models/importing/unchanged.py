"""A list is imported only as its dry run read it (issue 26).

The dry run keeps no row (a 200,000-row list would fill the memory): the import reads the file again and
checks each batch again. So the file's size and SHA-256 are taken when it is read, and every pass that
counts (the dry run, the report, the import) checks them first, through the very descriptor it then
reads: a list saved again since it was read is refused in words before anything is written, never
imported half old and half new. While a pass reads on, its descriptor's size and time of change are
watched, for a file written over in place.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from models.importing.unreadable import UnreadableFile

_CHUNK = 1024 * 1024


class FileChanged(UnreadableFile):
    """The list is no longer the file that was read and checked (or is no longer where it was)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} has changed, or was moved, since it was read and checked, so nothing was "
                         f"imported from it. Read it and check it again before importing.")
        self.name = name


@dataclass(frozen=True)
class Fingerprint:
    size: int
    sha256: str


def of(file: BinaryIO) -> Fingerprint:
    """The fingerprint of an open file, read whole from its start; the file is left at its start."""
    file.seek(0)
    digest = hashlib.sha256()
    size = 0
    while chunk := file.read(_CHUNK):
        digest.update(chunk)
        size += len(chunk)
    file.seek(0)
    return Fingerprint(size, digest.hexdigest())


def take(path: Path) -> Fingerprint:
    with path.open("rb") as file:
        return of(file)


def check(name: str, file: BinaryIO, expected: Fingerprint) -> None:
    """Refuse (FileChanged) unless the open file is still the one fingerprinted; the size first, as it is free."""
    if os.fstat(file.fileno()).st_size != expected.size or of(file) != expected:
        raise FileChanged(name)


class Watch:
    """An open file's size and time of change, to notice it being written over while a pass reads it."""

    def __init__(self, name: str, file: BinaryIO) -> None:
        self.name, self.fileno = name, file.fileno()
        self.seen = self._stat()

    def _stat(self) -> tuple[int, int]:
        stat = os.fstat(self.fileno)
        return stat.st_size, stat.st_mtime_ns

    def check(self) -> None:
        if self._stat() != self.seen:
            raise FileChanged(self.name)
