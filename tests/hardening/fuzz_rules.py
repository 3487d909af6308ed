"""The fuzz harness of `qamqor rules eval` (issue 12 item 13), shared by the test and `scripts/fuzz_rules_eval.py`.

Inputs are drawn from the classes that once gave a traceback (lone surrogates
in values and keys, integers of more than 4,300 digits, lists and objects
nested about 1,000 deep) mixed into situations that are otherwise well formed,
and from arbitrary JSON. Every input must end in exit 0 with JSON on standard
output, or exit 2 with exactly one line on standard error: never a traceback.
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import Any

from hypothesis import strategies as st

from models.cli import main

SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)
TEXT = st.text(st.characters(codec="utf-8") | SURROGATES, max_size=12)
HUGE_INT = st.integers(4301, 6000).map(lambda digits: "9" * digits)  # as JSON text
DATE = st.dates().map(lambda d: d.isoformat()) | TEXT


def nested(depth: int, opener: str) -> str:
    closer = "]" if opener == "[" else "}"
    inner = '{"a":' if opener == "{" else "["
    return (inner * depth) + "1" + (closer * depth)


DEEP = st.tuples(st.integers(900, 1100), st.sampled_from("[{")).map(lambda t: nested(*t))
SCALAR_JSON = (st.none().map(json.dumps) | st.booleans().map(json.dumps) | st.integers().map(json.dumps)
               | st.floats(allow_nan=False).map(json.dumps) | TEXT.map(lambda t: json.dumps(t)) | HUGE_INT | DEEP)


def _obj(fields: dict[str, str]) -> str:
    return "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in fields.items()) + "}"


@st.composite
def situations(draw: Any) -> str:
    """JSON text: a situation with some of its values replaced by a hostile one."""
    value = lambda good: draw(st.sampled_from([good, good, draw(SCALAR_JSON)]))  # noqa: E731
    stay = _obj({"entry": value(json.dumps(draw(DATE))), "exit": value("null"),
                 "basis": value('"visa_free"')})
    fields = {"as_of": value(json.dumps(draw(DATE))), "citizenship": value('"UZB"'),
              "stays": value("[" + ",".join([stay] * draw(st.integers(0, 3))) + "]")}
    if draw(st.booleans()):
        fields[draw(TEXT)] = draw(SCALAR_JSON)  # an unknown (perhaps unencodable) key
    return _obj(fields)


INPUTS = situations() | SCALAR_JSON | st.recursive(SCALAR_JSON, lambda inner: st.lists(inner, max_size=3).map(
    lambda items: "[" + ",".join(items) + "]"), max_leaves=8)


def run_eval(text: str) -> tuple[int, str, str]:
    """`qamqor rules eval` in this process, on `text` as standard input (utf-8, surrogates passed through)."""
    stdin = io.TextIOWrapper(io.BytesIO(text.encode("utf-8", "surrogatepass")), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = stdin
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["rules", "eval"])
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


def check(text: str) -> int:
    """Run one input and assert the contract; returns the exit status."""
    status, out, err = run_eval(text)
    if status == 0:
        json.loads(out)
        assert err == "", err
    else:
        assert status == 2, (status, err)
        assert len(err.splitlines()) == 1 and err.startswith("qamqor: "), err
        err.encode("utf-8")  # printable: no lone surrogate reaches the terminal
    return status
