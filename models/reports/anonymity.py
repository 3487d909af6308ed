"""k-anonymity by generalisation, then suppression, as the Counter Trafficking Data Collaborative publishes.

Each row's quasi-identifiers (the values someone who knows the person could recognise her by: age, sex,
citizenship, ...) are published only in combinations that at least `k` rows share. A row whose
combination is rarer climbs a ladder of generalisations, one rung at a time (an age band widened, a
citizenship given as its region, then a value left out), together with every row of its combination;
rows still in a combination of fewer than `k` on the top rung are not published at all.

Why this holds: a combination shared by `k` rows or more is never touched again (its rows only gain
company), and a rare one either climbs or, at the top, leaves whole. Each round moves every row of every
rare combination, so the rounds are at most the rungs of the ladder plus one.

The rungs are the caller's (models.reports.htcds for HTCDS rows; the statistics report may bring its
own): each takes a row's published values and returns them generalised.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Row = dict[str, str]
Rung = Callable[[Row], Row]
SUPPRESSED = ""  # a value left out


@dataclass(frozen=True)
class Anonymised:
    rows: list[Row]  # the published rows, in the order given
    k: int
    rows_suppressed: int  # not published at all
    cells_suppressed: int  # quasi-identifiers left out of published rows (they had a value)
    cells_generalised: int  # quasi-identifiers published wider than recorded


def combination(row: Row, quasi: Sequence[str]) -> tuple[str, ...]:
    return tuple(row[name] for name in quasi)


def k_anonymise(rows: Sequence[Row], quasi: Sequence[str], ladder: Sequence[Rung], k: int) -> Anonymised:
    """`rows` with every combination of `quasi` shared by at least `k` published rows (k >= 1)."""
    if k < 1:
        raise ValueError("k must be at least 1")
    published = [dict(row) for row in rows]
    rung = [0] * len(published)
    kept = [True] * len(published)
    while True:
        counts = Counter(combination(published[i], quasi) for i in range(len(published)) if kept[i])
        rare = [i for i in range(len(published)) if kept[i] and counts[combination(published[i], quasi)] < k]
        climbing = [i for i in rare if rung[i] < len(ladder)]
        if not climbing:
            for i in rare:
                kept[i] = False
            break
        for i in climbing:
            published[i] = ladder[rung[i]](published[i])
            rung[i] += 1
    out = [published[i] for i in range(len(published)) if kept[i]]
    suppressed = generalised = 0
    for i in range(len(published)):
        if not kept[i]:
            continue
        for name in quasi:
            before, after = rows[i][name], published[i][name]
            if after == before:
                continue
            if after == SUPPRESSED:
                suppressed += before != SUPPRESSED
            else:
                generalised += 1
    return Anonymised(out, k, kept.count(False), suppressed, generalised)


def smallest_group(rows: Sequence[Row], quasi: Sequence[str]) -> int:
    """How many rows share the rarest combination of `quasi` (0 for no rows): at least k once anonymised."""
    counts = Counter(combination(row, quasi) for row in rows)
    return min(counts.values(), default=0)
