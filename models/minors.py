"""Who is a minor: a person under 18 on the day shown.

From the birth date when it is known. Many migrants know only their year of birth (issue 29): then a
person counts as a minor while the year makes them *possibly* under 18, that is until the last day
of the year they turn 18 (born on 31 December of `birth_year`, they are 18 on 31 December of
`birth_year + 18`). In doubt a person is treated as a child, as child-protection practice asks
(the presumption of minority): a referral then needs a guardian's consent or a best-interest reason,
which costs an adult little, while treating a child as an adult costs the child. With neither date
nor year, nobody is a minor (nothing is known to mark).
"""
from __future__ import annotations

import datetime as dt

AGE_OF_MAJORITY = 18


def eighteenth_birthday(birth_date: dt.date) -> dt.date:
    """The day a person born on `birth_date` turns 18 (born on 29 February: 1 March in a common year)."""
    year = birth_date.year + AGE_OF_MAJORITY
    try:
        return birth_date.replace(year=year)
    except ValueError:
        return dt.date(year, 3, 1)


def is_minor(birth_date: dt.date | None, birth_year: int | None, on: dt.date) -> bool:
    """Whether the person is (or, knowing only the year, may be) under 18 on `on` (see the module's docstring)."""
    if birth_date is not None:
        return birth_date <= on < eighteenth_birthday(birth_date)
    if birth_year is not None:
        return birth_year <= on.year and on < dt.date(birth_year + AGE_OF_MAJORITY, 12, 31)
    return False
