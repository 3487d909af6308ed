"""Day sets as merged intervals, against brute force."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from models.rules.intervals import INF, DayCount, covered_until, intersect, merge, subtract

spans = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


def days(spans_):
    return {day for start, end in spans_ for day in range(start, end + 1)}


def test_merge_joins_touching_spans():
    assert merge([(5, 7), (1, 3), (4, 4), (10, 12)]) == [(1, 7), (10, 12)]
    assert covered_until([(1, 7), (10, INF)], 5) == 7
    assert covered_until([(1, 7), (10, INF)], 8) == 7
    assert covered_until([(1, 7), (10, INF)], 11) == INF


@settings(max_examples=200, deadline=None)
@given(spans, spans, st.integers(-10, 400), st.integers(1, 60), st.integers(1, 40), st.integers(-10, 400))
def test_day_count_against_brute_force(a, b, day, window, limit, first):
    assert days(merge(a)) == days(a)
    assert days(intersect(merge(a), merge(b))) == days(a) & days(b)
    assert days(subtract(merge(a), merge(b))) == days(a) - days(b)
    chosen = days(a)
    count = DayCount(merge(a))
    assert count.upto(day) == len([x for x in chosen if x <= day])
    assert DayCount.union(list(a), first, 350).spans() == merge([(max(s, first), min(e, 350)) for s, e in a
                                                                   if max(s, first) <= min(e, 350)])

    def in_window(x):
        return len([y for y in chosen if x - window < y <= x])

    assert count.in_window(day, window) == in_window(day)
    assert count.worst_excess(day, limit, window) == max([0] + [in_window(x) - limit for x in chosen if x <= day])
    breaches = [x for x in sorted(chosen) if first <= x <= 400 and in_window(x) > limit]
    assert count.first_breach(first, 400, limit, window) == (breaches[0] if breaches else None)
