"""`qamqor rules eval` and `qamqor rules list` end to end, in a subprocess as a caseworker runs them."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.rules.helpers import RULES

DONE_WHEN = ('{"as_of":"2024-06-01","citizenship":"UZB",'
             '"stays":[{"entry":"2024-05-10","exit":null,"basis":"visa_free"}]}')


def qamqor(*args: str, stdin: str | bytes = "") -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "models.cli", *args], input=data, capture_output=True,
                          timeout=120, env={"PYTHONIOENCODING": "utf-8", "PATH": "", "QT_QPA_PLATFORM": "offscreen"})


def test_done_when_example():
    done = qamqor("rules", "eval", stdin=DONE_WHEN)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert list(result) == ["as_of", "obligations", "stay"]
    assert [(o["rule"], o["due"], o["status"]) for o in result["obligations"]] == [
        ("registration.deadline", "2024-05-15", "overdue"), ("stay.per_entry", "2024-06-08", "due_soon"),
        ("stay.90_in_180", "2024-08-07", "ok")]
    for obligation in result["obligations"]:
        assert obligation["source"] in obligation["explanation"]
        assert obligation["rule_version"] in {v.id for v in RULES.all_versions()}
    assert result["stay"] == {"present": True, "days_in_window": 23, "window_start": "2023-12-05",
                              "latest_exit": "2024-06-08", "overstay_days": 0, "planned_max_days": None}


def test_file_argument_and_language(tmp_path):
    path = tmp_path / "person.json"
    path.write_text(DONE_WHEN, encoding="utf-8")
    done = qamqor("rules", "eval", str(path), "--lang", "kk")
    assert done.returncode == 0, done.stderr
    explanations = [o["explanation"] for o in json.loads(done.stdout)["obligations"]]
    assert "соңғы күні — 2024 жылғы 8 маусым" in explanations[1]
    russian = json.loads(qamqor("rules", "eval", "--lang", "ru", stdin=DONE_WHEN).stdout)
    assert "8 июня 2024" in russian["obligations"][1]["explanation"]


@pytest.mark.parametrize("stdin, message", [
    ('{"as_of":"2024-06-01","citizenship":"UZB","hobby":"chess"}', "hobby: unknown field"),
    ('{"as_of":"2024-13-01","citizenship":"UZB"}', "as_of: 2024-13-01 is not a calendar date"),
    ('{"as_of":"2024/06/01","citizenship":"UZB"}', "as_of: must be a date written YYYY-MM-DD"),
    ('{"as_of":"2024-06-01","citizenship":"UZB","stays":[{"entry":"2024-05-10","exit":"2024-05-01",'
     '"basis":"visa_free"}]}', "stays[0].exit: must not be before entry (2024-05-10)"),
    ('{"as_of":"2024-06-01","citizenship":"UZB","permits":[{"kind":"visa","valid_from":"2024-05-10",'
     '"valid_to":"2024-05-09"}]}', "permits[0].valid_to: must not be before valid_from (2024-05-10)"),
    ('{"citizenship":"UZB"}', "as_of: missing required field"),
    ('{"as_of":"2024-06-01","citizenship":"UZB","stays":[{"exit":null,"basis":"visa_free"}]}',
     "stays[0].entry: missing required field"),
    ("as_of: 2024-06-01", "input is not valid JSON"),
    ('{"as_of":"2024-06-01","citizenship":"QQQ"}', "citizenship: unknown citizenship code QQQ"),
    ('{"as_of":"2024-06-01","citizenship":"UZB","stays":[{"entry":"2024-05-10","basis":"holiday"}]}',
     'stays[0].basis: unknown basis "holiday"'),
    ('{"as_of":"2024-06-01","citizenship":"UZB","permits":[{"kind":"pass","valid_from":"2024-05-10"}]}',
     'permits[0].kind: unknown permit kind "pass"'),
    (b"\xff\xfe{}", "input is not UTF-8 text"),
])
def test_bad_input_exit_2_one_line_no_traceback(stdin, message):
    done = qamqor("rules", "eval", stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == b""
    error = done.stderr.decode()
    assert error.startswith("qamqor: ") and message in error
    assert error.count("\n") == 1 and "Traceback" not in error


def test_missing_file():
    done = qamqor("rules", "eval", "/no/such/file.json")
    assert done.returncode == 2 and done.stderr.decode().startswith("qamqor: cannot read /no/such/file.json")


def test_list_shows_every_version_with_parameters_dates_and_sources():
    done = qamqor("rules", "list")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode()
    for version in RULES.all_versions():
        assert f"{version.id}: in force {version.effective_from.isoformat()}" in text
        assert version.citation in text and version.verification in text
    assert "days = 30" in text and "REGISTER_30: ARM, BLR, KAZ, KGZ, RUS, TJK" in text


def test_list_as_json():
    listed = json.loads(qamqor("rules", "list", "--json").stdout)
    versions = {v["id"]: v for rule in listed["rules"] for v in rule["versions"]}
    assert versions["stay.90_in_180@2023-01-27"]["params"] == {"max_days": 90, "window_days": 180,
                                                                "contract_groups": ["EAEU"]}
    assert versions["stay.90_in_180@2023-01-27"]["effective_to"] is None
    assert listed["groups"]["EAEU"]["members"] == ["ARM", "BLR", "KAZ", "KGZ", "RUS"]
