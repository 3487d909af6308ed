"""Safe file names for what a caseworker attaches: a plain base name, never a path.

An attachment's name comes from someone else's computer (a scan, a file sent
by the person). Used as given, `/home/x/.bashrc` or `../../x` would write
wherever it points once the attachment is opened. So only a base name is
ever stored or used: the last part of the path (after `/` or `\\`), without
control characters, characters Windows refuses, leading dots (a hidden file)
or trailing dots and spaces, at most 255 bytes with its extension kept.
"""
from __future__ import annotations

import re
import unicodedata

FALLBACK = "attachment"
MAX_BYTES = 255
_REFUSED = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_filename(name: str) -> str:
    """The plain base name to store and use for `name` (FALLBACK if nothing is left of it)."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = "".join("_" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in base)
    base = _REFUSED.sub("_", base).strip().lstrip(".").rstrip(". ")
    if not base or base.split(".")[0].upper() in _RESERVED:
        base = f"{FALLBACK}{'.' + base.rsplit('.', 1)[-1] if '.' in base else ''}" if base else FALLBACK
    if len(base.encode("utf-8")) > MAX_BYTES:
        stem, dot, extension = base.rpartition(".")
        if not dot or len(extension) > 16:
            stem, extension = base, ""
        room = MAX_BYTES - len(extension.encode("utf-8")) - (1 if extension else 0)
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(". ") or FALLBACK
        base = f"{stem}.{extension}" if extension else stem
    return base
