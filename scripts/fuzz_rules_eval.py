"""The long run of the `qamqor rules eval` fuzz harness (the test suite runs 150 cases).

    .venv/bin/python scripts/fuzz_rules_eval.py --examples 5000

Prints how many inputs were run and how many ended in exit 0 and exit 2; any other
outcome (a traceback, exit 1, more than one line) stops it with the failing input.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.hardening import fuzz_rules  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000)
    args = parser.parse_args()
    outcomes: collections.Counter[int] = collections.Counter()

    @settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(fuzz_rules.INPUTS)
    def run(text: str) -> None:
        outcomes[fuzz_rules.check(text)] += 1

    started = time.perf_counter()
    run()
    print(f"{sum(outcomes.values()):,} inputs in {time.perf_counter() - started:.1f} s: "
          f"{outcomes[0]:,} exit 0, {outcomes[2]:,} exit 2, no traceback")
    return 0


if __name__ == "__main__":
    sys.exit(main())
