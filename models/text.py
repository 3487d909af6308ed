"""Text printed to a terminal or a text file: control characters escaped, never sent raw.

A name typed (or imported) with a terminal escape (ESC [ 2 J, a bell, a carriage
return that rewrites the line) must not act on the terminal of whoever lists it;
a lone surrogate (from JSON's "\\ud800") cannot even be encoded. Both are shown
as Python-style escapes (`\\x1b`, `\\ud800`), so what is there is still visible.
"""
from __future__ import annotations

import re

# C0 and C1 controls and DEL, and lone surrogates. Newline and tab are escaped too: one value, one line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object) -> str:
    """`value` as text with every control character and lone surrogate escaped."""
    return _UNPRINTABLE.sub(_escape, str(value))


def printable_lines(text: str) -> str:
    """Like `printable`, but keeps the newlines of a text made of several lines."""
    return "\n".join(printable(line) for line in text.split("\n"))
