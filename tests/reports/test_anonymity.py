"""k-anonymity: no published combination of quasi-identifiers is shared by fewer than k rows."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from models.reports.anonymity import SUPPRESSED, k_anonymise, smallest_group

QUASI = ("age", "citizenship")
LADDER = (lambda r: r | {"age": r["age"][:1]}, lambda r: r | {"citizenship": SUPPRESSED},
          lambda r: r | {"age": SUPPRESSED})

rows = st.lists(st.fixed_dictionaries({"age": st.sampled_from(["21", "24", "27", "33", "38", "49"]),
                                       "citizenship": st.sampled_from(["UZB", "KGZ", "TJK", "RUS", "CHN"]),
                                       "secret": st.sampled_from(["a", "b"])}), max_size=80)


@given(rows, st.integers(min_value=1, max_value=15))
@settings(max_examples=200, deadline=None)
def test_every_published_combination_is_shared_by_k_rows(given_rows, k) -> None:
    done = k_anonymise(given_rows, QUASI, LADDER, k)
    counts = Counter((r["age"], r["citizenship"]) for r in done.rows)
    assert all(n >= k for n in counts.values())
    assert len(done.rows) + done.rows_suppressed == len(given_rows)
    assert not done.rows or smallest_group(done.rows, QUASI) >= k


def test_a_common_combination_is_published_as_recorded_and_a_rare_one_is_widened() -> None:
    common = [{"age": "24", "citizenship": "UZB"}] * 3
    rare = [{"age": "21", "citizenship": "UZB"}, {"age": "27", "citizenship": "UZB"}, {"age": "28", "citizenship": "UZB"}]
    done = k_anonymise(common + rare, QUASI, LADDER, 3)
    assert sorted(tuple(r.values()) for r in done.rows) == [("2", "UZB")] * 3 + [("24", "UZB")] * 3
    assert (done.rows_suppressed, done.cells_suppressed, done.cells_generalised) == (0, 0, 3)


def test_what_no_rung_can_hide_is_not_published_and_is_counted() -> None:
    done = k_anonymise([{"age": "24", "citizenship": "UZB"}] * 3 + [{"age": "71", "citizenship": "CHN"}],
                       QUASI, LADDER[:1], 3)
    assert done.rows == [{"age": "24", "citizenship": "UZB"}] * 3 and done.rows_suppressed == 1
