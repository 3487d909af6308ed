"""Sets of days as merged closed intervals of date ordinals (`date.toordinal()`).

Day-by-day counting over a 180-day window for 100,000 persons is too slow;
here a set of days is a sorted list of disjoint, non-touching `(first, last)`
pairs, and "how many counted days fall in a window" is two binary searches
over prefix sums. `INF` stands for "and onwards" (an open stay, a permit
without an end); it is never turned back into a date.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

INF = 10**9  # far beyond date.max.toordinal() (3,652,059)

Span = tuple[int, int]


def merge(spans: Iterable[Span]) -> list[Span]:
    """The union of closed intervals; touching ones ([1, 3] and [4, 5]) become one."""
    ordered = sorted(spans)
    if not ordered:
        return []
    merged = []
    first, last = ordered[0]
    for start, end in ordered:
        if start <= last + 1:
            if end > last:
                last = end
        else:
            merged.append((first, last))
            first, last = start, end
    merged.append((first, last))
    return merged


def intersect(a: list[Span], b: Iterable[Span]) -> list[Span]:
    """Days in both merged lists."""
    b = list(b)
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if start <= end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def subtract(a: list[Span], b: list[Span]) -> list[Span]:
    """Days of merged list `a` not in merged list `b`."""
    if not b:
        return a
    out = []
    j = 0
    for start, end in a:
        while j < len(b) and b[j][1] < start:
            j += 1
        k = j
        while k < len(b) and b[k][0] <= end:
            if b[k][0] > start:
                out.append((start, b[k][0] - 1))
            start = b[k][1] + 1
            if start > end:
                break
            k += 1
        if start <= end:
            out.append((start, end))
    return out


def covered_until(spans: Sequence[Span], day: int) -> int:
    """The last day of the merged span containing `day` (INF if open), or `day - 1` if none does."""
    for start, end in spans:
        if start <= day <= end:
            return end
        if start > day:
            break
    return day - 1


class DayCount:
    """A merged set of days that answers "how many of them are in [d - window + 1, d]" quickly."""

    __slots__ = ("starts", "ends", "before", "_total")

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        """`spans` must be merged (sorted, disjoint, not touching): see `union` otherwise."""
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.before: list[int] = []  # days in the spans before span i
        self._total = 0
        for start, end in spans:
            self._add(start, end)

    def _add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.before.append(self._total)
        self._total += end - start + 1

    @classmethod
    def union(cls, spans: list[Span], first: int = -INF, last: int = INF) -> DayCount:
        """The days of any of `spans` from `first` to `last`: sorted, clipped and merged in one pass."""
        count = cls()
        starts, ends, before = count.starts, count.ends, count.before
        total = 0
        spans.sort()
        current_first = 0  # set together with current_last; read only when that is not None
        current_last: int | None = None
        for start, end in spans:
            if start < first:
                start = first
            if end > last:
                end = last
            if start > end:
                continue
            if current_last is not None and start <= current_last + 1:
                if end > current_last:
                    current_last = end
            else:
                if current_last is not None:  # close the previous span (inlined _add: the hot path)
                    starts.append(current_first)
                    ends.append(current_last)
                    before.append(total)
                    total += current_last - current_first + 1
                current_first, current_last = start, end
        if current_last is not None:
            starts.append(current_first)
            ends.append(current_last)
            before.append(total)
            total += current_last - current_first + 1
        count._total = total
        return count

    def spans(self) -> list[Span]:
        return list(zip(self.starts, self.ends))

    def upto(self, day: int) -> int:
        """How many days of the set are on or before `day`."""
        i = bisect_right(self.starts, day) - 1
        if i < 0:
            return 0
        end = self.ends[i]
        return self.before[i] + (end if end < day else day) - self.starts[i] + 1

    def in_window(self, day: int, window: int) -> int:
        """How many days of the set fall in the `window` days ending on `day`."""
        return self.upto(day) - self.upto(day - window)

    def worst_excess(self, until: int, limit: int, window: int) -> int:
        """max(in_window(d) - limit) over days d <= until of the set, or 0.

        Within one span the window count never decreases (each step adds the
        new day, which is in the set, and drops at most one), so each span's
        maximum is at its last day up to `until`. The spans' last days rise,
        so one sweep finds how many days fall before each window.
        """
        if self.upto(until) <= limit:
            return 0
        starts, ends, before = self.starts, self.ends, self.before
        worst = 0
        j = 0
        for i, start in enumerate(starts):
            if start > until:
                break
            end = ends[i] if ends[i] < until else until
            outside = end - window  # the last day before this window
            while ends[j] <= outside:
                j += 1
            dropped = before[j] + (outside - starts[j] + 1 if starts[j] <= outside else 0)
            excess = before[i] + end - start + 1 - dropped - limit
            if excess > worst:
                worst = excess
        return worst

    def first_breach(self, first: int, last: int, limit: int, window: int) -> int | None:
        """The first day d in [first, last] of the set with in_window(d) > limit, or None."""
        starts, ends = self.starts, self.ends
        i = bisect_right(ends, first - 1)
        while i < len(starts) and starts[i] <= last:
            a = starts[i] if starts[i] > first else first
            b = ends[i] if ends[i] < last else last
            if self.in_window(b, window) > limit:
                return self._first_breach_in_span(a, limit, window)
            i += 1
        return None

    def _first_breach_in_span(self, day: int, limit: int, window: int) -> int:
        # From `day` on (inside one span, where a breach is known to exist), the
        # count grows by one per step unless the day leaving the window,
        # day + 1 - window, is in the set. Walk the leaving days span by span.
        count = self.in_window(day, window)
        need = limit + 1 - count
        if need <= 0:
            return day
        starts, ends = self.starts, self.ends
        leaving = day + 1 - window
        j = bisect_right(ends, leaving - 1)
        while True:
            next_start = starts[j] if j < len(starts) else INF
            if next_start > leaving:  # leaving days not in the set: the count grows
                gap = next_start - leaving
                if gap >= need:
                    return day + need
                need -= gap
                day += gap
                leaving += gap
            flat = ends[j] - leaving + 1  # leaving days in the set: the count stays
            day += flat
            leaving += flat
            j += 1
