"""The one error of reading a list (its own module: `reading`, `limits` and `encodings` all raise it)."""
from __future__ import annotations


class UnreadableFile(ValueError):
    """The file is not a spreadsheet Qamqor can read; the message says why in words."""
