"""Kazakhstan's 12-digit identification numbers: IIN (persons) and BIN (organisations).

Both end in the same control digit: the first eleven digits weighted 1..11,
summed, modulo 11; if that gives 10, the weights 3,4,5,6,7,8,9,10,11,1,2 are
tried; if that gives 10 again, no number with these eleven digits is valid.

An IIN starts with the birth date (YYMMDD) and a digit for century and sex
(1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd male, even female), then a
four-digit serial. A BIN starts with the year and month of registration (YYMM),
the kind of entity (4 resident legal entity, 5 non-resident, 6 individual
entrepreneur in a joint venture), an attribute (0 head office, 1 branch,
2 representative office, 3 peasant farm), then a five-digit serial.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def control_digit(first_eleven: str) -> int | None:
    """The twelfth digit for these eleven digits, or None when no control digit exists."""
    if len(first_eleven) != 11 or not (first_eleven.isascii() and first_eleven.isdigit()):
        raise ValueError(f"expected 11 digits, got {first_eleven!r}")
    digits = [int(char) for char in first_eleven]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        control = sum(d * w for d, w in zip(digits, weights)) % 11
        if control != 10:
            return control
    return None


def iin_checksum_ok(number: str) -> bool:
    """True when `number` is twelve ASCII digits whose last is the IIN/BIN control digit."""
    if not isinstance(number, str) or len(number) != 12 or not (number.isascii() and number.isdigit()):
        return False
    return control_digit(number[:11]) == int(number[11])


def _century_sex_digit(birth_date: dt.date, sex: Literal["male", "female"]) -> int:
    if not 1800 <= birth_date.year <= 2099:
        raise ValueError(f"an IIN encodes births from 1800 to 2099, not {birth_date.year}")
    century = (birth_date.year // 100) - 18  # 0, 1, 2
    return 2 * century + (1 if sex == "male" else 2)


def make_iin(birth_date: dt.date, sex: Literal["male", "female"], serial: int) -> str:
    """An IIN for this birth date, sex and serial (0..9999).

    Raises `ValueError` for a serial whose eleven digits have no control digit
    (about one in eleven): take the next serial.
    """
    if not 0 <= serial <= 9999:
        raise ValueError(f"IIN serial must be 0..9999, not {serial}")
    if sex not in ("male", "female"):
        raise ValueError(f"an IIN encodes sex 'male' or 'female', not {sex!r}")
    first = f"{birth_date:%y%m%d}{_century_sex_digit(birth_date, sex)}{serial:04d}"
    return _with_control(first)


def make_bin(registered: dt.date, serial: int, *, kind: int = 4, attribute: int = 0) -> str:
    """A BIN for an organisation registered in `registered`'s month, with a serial (0..99999).

    Raises `ValueError` for a serial without a control digit, like `make_iin`.
    """
    if not 0 <= serial <= 99999:
        raise ValueError(f"BIN serial must be 0..99999, not {serial}")
    if kind not in (4, 5, 6) or attribute not in (0, 1, 2, 3):
        raise ValueError(f"BIN kind must be 4, 5 or 6 and attribute 0..3, not {kind}, {attribute}")
    first = f"{registered:%y%m}{kind}{attribute}{serial:05d}"
    return _with_control(first)


def _with_control(first_eleven: str) -> str:
    control = control_digit(first_eleven)
    if control is None:
        raise ValueError(f"{first_eleven} has no control digit; use another serial")
    return f"{first_eleven}{control}"
