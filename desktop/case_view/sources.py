"""Legal sources and verification notes as a caseworker reads them: in words, without the seed codes.

The rule data cites its seed documents as `[000:L460]` (file and line) for
whoever checks the rules; a caseworker needs the act, its date and what it
says. Those codes are removed here (the rules browser and `qamqor rules`
still show them), and the data's note that a rule's start date is a
placeholder is said in words.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the name lupdate looks for

_CODES = re.compile(r"\s*\[(?:\d{3}(?::L?\d+(?:[-–]L?\d+)?)?(?:,\s*L?\d+(?:[-–]L?\d+)?)*"
                    r"(?:,\s*\d{3}:L?\d+(?:[-–]L?\d+)?)*|\d{3} Appendix [A-Z])\]")
_PLACEHOLDER = re.compile(r"(No day of effect in the sources: )?2000-01-01 is a product placeholder[^.]*\.")
_DANGLING = re.compile(r",+\s*(?=[;.)]|$)")  # what a removed code leaves: "years, ." / "period),;"
_TIDY = (re.compile(r"\s+([,.;)])"), re.compile(r"\(\s*\)"), re.compile(r",\s*,"), re.compile(r"\s{2,}"))


def readable(text: str) -> str:
    """`text` without seed codes, the placeholder note in words (in the user's language)."""
    words = translate("Sources", "The sources give no date from which the rule applies: Qamqor applies it to "
                                 "every date.")
    text = _PLACEHOLDER.sub(words, _CODES.sub("", text or ""))
    text = _TIDY[0].sub(r"\1", text)
    text = _TIDY[1].sub("", text)
    text = _TIDY[2].sub(",", text)
    text = _TIDY[3].sub(" ", text)
    return _DANGLING.sub("", text).strip()
