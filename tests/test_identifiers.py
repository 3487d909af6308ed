from __future__ import annotations

import datetime as dt
import random

import pytest

from models import identifiers


def test_control_digit_first_weights() -> None:
    # 9·1 + 0·2 + 0·3 + 1·4 + 0·5 + 1·6 + 3·7 + 0·8 + 0·9 + 1·10 + 2·11 = 72; 72 mod 11 = 6
    assert identifiers.control_digit("90010130012") == 6
    assert identifiers.iin_checksum_ok("900101300126")
    assert not identifiers.iin_checksum_ok("900101300127")


def test_control_digit_second_weights() -> None:
    # Weights 1..11 give 153 mod 11 = 10; weights 3..11,1,2 give 151 mod 11 = 8.
    assert identifiers.control_digit("85031540060") == 8
    assert identifiers.iin_checksum_ok("850315400608")


def test_no_control_digit_when_both_passes_give_ten() -> None:
    # 164 mod 11 = 10 and 153 mod 11 = 10: no twelfth digit makes this valid.
    assert identifiers.control_digit("85031540061") is None
    assert not any(identifiers.iin_checksum_ok(f"85031540061{d}") for d in range(10))
    with pytest.raises(ValueError, match="another serial"):
        identifiers.make_iin(dt.date(1985, 3, 15), "female", 61)  # 850315 4 0061


@pytest.mark.parametrize("number", ["", "90010130012", "9001013001260", "90010130012a", "９００１０１３００１２６", None, 900101300126])
def test_malformed_numbers_are_not_ok(number: object) -> None:
    assert not identifiers.iin_checksum_ok(number)  # type: ignore[arg-type]


def test_make_iin_encodes_birth_date_century_and_sex() -> None:
    iin = identifiers.make_iin(dt.date(1990, 1, 1), "male", 12)
    assert iin == "900101300126"
    assert identifiers.make_iin(dt.date(1990, 1, 1), "female", 12)[6] == "4"
    assert identifiers.make_iin(dt.date(2003, 7, 9), "male", 5)[:7] == "0307095"
    assert identifiers.make_iin(dt.date(1899, 12, 31), "female", 5)[:7] == "9912312"


def test_make_iin_refuses_out_of_range_input() -> None:
    with pytest.raises(ValueError):
        identifiers.make_iin(dt.date(1990, 1, 1), "male", 10_000)
    with pytest.raises(ValueError):
        identifiers.make_iin(dt.date(2100, 1, 1), "male", 1)
    with pytest.raises(ValueError):
        identifiers.make_iin(dt.date(1990, 1, 1), "unknown", 1)  # type: ignore[arg-type]


def test_make_bin_layout() -> None:
    bin_ = identifiers.make_bin(dt.date(2015, 6, 30), 123)
    assert bin_[:11] == "15064000123"
    assert identifiers.iin_checksum_ok(bin_)
    assert identifiers.make_bin(dt.date(2015, 6, 1), 0, kind=5, attribute=1)[4:6] == "51"
    with pytest.raises(ValueError):
        identifiers.make_bin(dt.date(2015, 6, 1), 1, kind=7)


def test_made_numbers_always_pass_and_about_one_serial_in_121_is_unusable() -> None:
    rng = random.Random(7)
    unusable = missed = 0
    for _ in range(2000):
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(25_000))
        try:
            iin = identifiers.make_iin(birth, rng.choice(("male", "female")), rng.randrange(10_000))
        except ValueError:
            unusable += 1
            continue
        assert identifiers.iin_checksum_ok(iin)
        # A mistyped digit is almost always caught, except the eleventh (its first weight,
        # 11, is 0 modulo 11); rarely a change moves the sum onto the second pass.
        position = rng.choice((0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11))
        changed = iin[:position] + str((int(iin[position]) + rng.randrange(1, 10)) % 10) + iin[position + 1:]
        missed += identifiers.iin_checksum_ok(changed)
    assert 3 < unusable < 50  # both passes give 10 for about 1 in 121: 2000/121 = 16.5
    assert missed < 2000 * 0.03
