"""The seeded simulation of scripts/sync_simulation.py against the real cluster and server process."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "sync_simulation.py"


def load():
    spec = importlib.util.spec_from_file_location("sync_simulation", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sync_simulation"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [7])
def test_three_laptops_converge_and_nothing_is_lost(seed, tmp_path, office, office_server):
    simulation = load()
    lines: list[str] = []
    report = simulation.simulate(office, office_server, tmp_path, seed=seed, steps=90, log=lines.append)
    assert report.converged, "\n".join(lines)
    assert report.cuts > 0 and report.steps["reassign"] > 0 and report.steps["made sensitive"] <= 1
    assert report.conflicts > 0  # the seed makes edits of the same field collide
