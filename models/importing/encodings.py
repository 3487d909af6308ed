"""Which encoding a CSV list is in: told by its BOM, else UTF-8 if it is UTF-8, else detected by
charset-normalizer among the encodings Cyrillic and Chinese lists are saved in; refused in words when
unsure (issue 26: KOI8-R, CP866, GB18030 and damaged UTF-8 were read as Windows-1251 and imported as
gibberish).

Only the first megabyte is examined; the rest is decoded strictly in the encoding found, so a line
further down that does not fit it is refused with its number, never imported as gibberish.
"""
from __future__ import annotations

from pathlib import Path

from models.importing.unreadable import UnreadableFile

# Python's codec name -> how the user is told
ENCODINGS = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "utf-16": "UTF-16", "cp1251": "Windows-1251",
             "kz1048": "Windows-1251 Kazakh (KZ-1048)", "koi8_r": "KOI8-R", "cp866": "DOS Cyrillic (CP866)",
             "gb18030": "GB18030 (Chinese)"}
# What charset-normalizer chooses among (every single-byte Cyrillic encoding in use, and China's standard):
# a list open to every encoding it knows would let a Cyrillic file pass as, say, Greek.
CANDIDATES = ["cp1251", "kz1048", "koi8_r", "cp866", "gb18030"]
SAMPLE_BYTES = 1024 * 1024
MAX_CHAOS = 0.1  # charset-normalizer's measure of how garbled the decoded text looks (0: not at all)
ADVICE = "Save it again from Excel as “CSV UTF-8” and import that file."


def sample_of(path: Path) -> bytes:
    """The file's first megabyte, cut after its last full line (never in the middle of a character)."""
    with path.open("rb") as file:
        data = file.read(SAMPLE_BYTES + 1)
    if len(data) <= SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n")
    return data[:cut + 1] if cut > 0 else data[:SAMPLE_BYTES]


def detect(sample: bytes, name: str) -> str:
    """The codec of a file whose first bytes are `sample` (a key of ENCODINGS), or UnreadableFile."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if _damaged_utf8(sample):
            line = sample[:error.start].count(b"\n") + 1
            raise UnreadableFile(f"{name} is in UTF-8 but damaged: line {line} holds bytes that are not UTF-8 "
                                 f"(the file may have been cut or joined from pieces). {ADVICE}") from None
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=CANDIDATES).best()
    if best is None or best.encoding not in ENCODINGS or best.chaos > MAX_CHAOS or (
            best.encoding == "gb18030" and not _common_chinese(str(best))):
        raise UnreadableFile(f"Qamqor cannot tell which encoding {name} is in, so it would import gibberish. "
                             f"{ADVICE}")
    return best.encoding


def _damaged_utf8(sample: bytes) -> bool:
    """Mostly UTF-8 with a few bad bytes (a Windows-1251 file has few valid UTF-8 sequences, many bad bytes)."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for char in text if ord(char) > 127) - bad
    return good >= 4 * bad


def _common_chinese(text: str) -> bool:
    """GB18030 decodes almost any bytes into some character; a real list's characters are nearly all among
    the common ones (GB2312), random bytes' only about a third."""
    wide = [char for char in text if ord(char) > 127]
    common = sum(1 for char in wide if _in_gb2312(char))
    return not wide or common >= 0.9 * len(wide)


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False
