"""The JSON input schema of `rules eval` (models/schemas/situation.py)."""
from __future__ import annotations

import json
import sys
import types

import pytest

from models.rules.situation import Expulsion, Permit, Situation, Stay
from models.schemas.situation import SituationInputError, parse_situation
from tests.rules.helpers import d

FULL = {
    "as_of": "2024-06-01", "citizenship": "UZB", "exempt_category": None,
    "stays": [{"entry": "2024-01-10", "exit": "2024-02-05", "basis": "visa_free"},
              {"entry": "2024-05-10", "exit": None, "basis": "visa_free"}],
    "registrations": [{"date": "2024-05-13"}],
    "permits": [{"kind": "work_permit", "valid_from": "2024-05-20", "valid_to": "2025-05-19"}],
    "contracts": [{"start": "2024-05-20", "end": None}],
    "asylum": {"registered": "2024-01-01", "decided": None},
    "refugee": {"recognized": "2024-03-01", "valid_to": None, "certificate_issued": "2024-03-04"},
    "expulsion": {"date": "2018-01-01"},
    "planned_entry": None,
}


def error_of(data) -> str:
    with pytest.raises(SituationInputError) as caught:
        parse_situation(data if isinstance(data, str) else json.dumps(data))
    message = str(caught.value)
    assert "\n" not in message
    return message


def with_(**changes):
    return {**FULL, **changes}


def test_full_input_becomes_the_engine_dataclasses():
    situation = parse_situation(json.dumps(FULL)).to_situation()
    assert isinstance(situation, Situation)
    assert situation.stays[1] == Stay(d("2024-05-10"), None, "visa_free")
    assert situation.permits == (Permit("work_permit", d("2024-05-20"), d("2025-05-19")),)
    assert situation.expulsion == Expulsion(d("2018-01-01"))
    assert situation.refugee.certificate_issued == d("2024-03-04")


def test_only_as_of_and_citizenship_are_required():
    situation = parse_situation('{"as_of": "2024-06-01", "citizenship": "XXA"}').to_situation()
    assert situation == Situation("XXA")


def test_a_stay_without_exit_is_open():
    parsed = parse_situation(json.dumps(with_(stays=[{"entry": "2024-05-10", "basis": "visa"}])))
    assert parsed.stays[0].exit is None


@pytest.mark.parametrize("data, message", [
    (with_(nickname="x"), "nickname: unknown field"),
    (with_(stays=[{"entry": "2024-05-10", "exit": None, "basis": "visa_free", "port": "x"}]),
     "stays[0].port: unknown field"),
    (with_(as_of="01.06.2024"), "as_of: must be a date written YYYY-MM-DD"),
    (with_(as_of="2023-02-29"), "as_of: 2023-02-29 is not a calendar date"),
    (with_(as_of=20240601), "as_of: must be a date written YYYY-MM-DD, not 20240601"),
    (with_(as_of="1899-12-31"), "as_of: 1899-12-31 is outside"),
    (with_(stays=[FULL["stays"][0], {"entry": "2024-05-10", "exit": "2024-05-09", "basis": "visa_free"}]),
     "stays[1].exit: must not be before entry (2024-05-10)"),
    (with_(permits=[{"kind": "visa", "valid_from": "2024-05-20", "valid_to": "2024-05-19"}]),
     "permits[0].valid_to: must not be before valid_from (2024-05-20)"),
    (with_(contracts=[{"start": "2024-05-20", "end": "2024-05-01"}]), "contracts[0].end: must not be before start"),
    (with_(asylum={"registered": "2024-05-20", "decided": "2024-05-01"}), "asylum.decided: must not be before"),
    (with_(refugee={"recognized": "2024-05-20", "valid_to": "2024-05-01"}), "refugee.valid_to: must not be before"),
    (with_(expulsion={"date": "2024-05-20", "ban_until": "2024-05-01"}), "expulsion.ban_until: must not be before"),
    ({"citizenship": "UZB"}, "as_of: missing required field"),
    ({"as_of": "2024-06-01"}, "citizenship: missing required field"),
    (with_(stays=[{"exit": None, "basis": "visa_free"}]), "stays[0].entry: missing required field"),
    (with_(registrations=[{}]), "registrations[0].date: missing required field"),
    (with_(citizenship="ZZZ"), "citizenship: unknown citizenship code ZZZ"),
    (with_(citizenship="uzb"), "citizenship: must be a 3-letter upper-case"),
    (with_(citizenship="UZ"), "citizenship: must be a 3-letter upper-case"),
    (with_(stays=[{"entry": "2024-05-10", "basis": "tourism"}]), 'stays[0].basis: unknown basis "tourism"'),
    (with_(permits=[{"kind": "green_card", "valid_from": "2024-05-20"}]), 'permits[0].kind: unknown permit kind'),
    (with_(exempt_category="pilot"), 'exempt_category: unknown exempt category "pilot"'),
    (with_(stays={"entry": "2024-05-10"}), "stays: must be a JSON list"),
    (with_(stays=["2024-05-10"]), "stays[0]: must be a JSON object"),
    (with_(asylum="2024-01-01"), "asylum: must be a JSON object"),
    ("[1, 2]", "input: must be a JSON object"),
    ("{'as_of': '2024-06-01'}", "input is not valid JSON"),
    ("", "input is not valid JSON"),
    ("[" * 100_000, "input is not valid JSON"),
])
def test_bad_input_names_the_field(data, message):
    assert message in error_of(data)


def test_several_problems_are_counted_on_the_one_line():
    message = error_of(with_(as_of="x", citizenship="y"))
    assert message.startswith("as_of:") and message.endswith("(and 1 more problem)")


def test_citizenship_format_only_without_the_country_list(monkeypatch):
    monkeypatch.setitem(sys.modules, "models.countries", None)  # import fails
    assert parse_situation(json.dumps(with_(citizenship="ZZZ"))).citizenship == "ZZZ"
    assert "3-letter" in error_of(with_(citizenship="zz"))


def test_citizenship_uses_the_country_list_when_present(monkeypatch):
    fake = types.ModuleType("models.countries")
    fake.is_known = lambda code: code == "UZB"
    monkeypatch.setitem(sys.modules, "models.countries", fake)
    assert parse_situation(json.dumps(FULL)).citizenship == "UZB"
    assert "unknown citizenship code TJK" in error_of(with_(citizenship="TJK"))
