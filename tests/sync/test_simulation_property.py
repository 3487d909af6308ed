"""The sync simulation (scripts/sync_simulation.py) as a property (issue 25): for any seed, three laptops
editing offline with pushes and pulls cut halfway converge with no edit lost, no laptop disagreeing with
the office, no row held that its user may not see, and no honest change refused."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.test_simulation import load


@settings(max_examples=6, deadline=None, derandomize=False, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**31), cut_rate=st.sampled_from([0.1, 0.3, 0.5]))
def test_any_seed_converges_with_nothing_lost_or_leaked(seed, cut_rate, tmp_path, office, office_server):
    simulation = load()
    lines: list[str] = []
    report = simulation.simulate(office, office_server, tmp_path, seed=seed, steps=45, cut_rate=cut_rate,
                                 log=lines.append)
    print(lines[0] if lines else "")  # the seed's summary (pytest -s shows it)
    counts = {kind: report.count(kind) for kind in ("lost", "disagreement", "leak")} | {"refused": report.refused}
    assert counts == {"lost": 0, "disagreement": 0, "leak": 0, "refused": 0}, "\n".join(lines)
    assert report.converged, "\n".join(lines)
