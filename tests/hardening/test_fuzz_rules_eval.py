"""Issue 12 item 13: `qamqor rules eval` answers every input with JSON or one line, exit 2 (never a traceback)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings

from tests.hardening import fuzz_rules

EXAMPLES = int(os.environ.get("QAMQOR_FUZZ_EXAMPLES", "150"))


@pytest.mark.parametrize("text", [
    '{"as_of":"2024-06-01","citizenship":"\\ud800"}',
    '{"as_of":"2024-06-01","citizenship":"UZB","\\udfff":1}',
    '{"as_of":"2024-06-01","citizenship":"UZB","stays":' + "9" * 5000 + "}",
    '{"as_of":"2024-06-01","citizenship":"UZB","stays":' + fuzz_rules.nested(1000, "[") + "}",
    '{"as_of":"2024-06-01","citizenship":"UZB","stays":' + fuzz_rules.nested(990, "{") + "}",
])
def test_the_inputs_that_gave_a_traceback_get_one_line(text) -> None:
    done = subprocess.run([sys.executable, "-m", "models.cli", "rules", "eval"], input=text.encode(),
                          capture_output=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert b"Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(fuzz_rules.INPUTS)
def test_fuzz_every_input_gets_json_or_one_line(text) -> None:
    fuzz_rules.check(text)
