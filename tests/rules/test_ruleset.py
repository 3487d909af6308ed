"""Rules as data: loading, versions in force, extra versions, validation."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from models.rules.ruleset import RuleDataError, RuleVersion, load_ruleset
from models.rules.situation import BASES, EXEMPT_CATEGORIES
from tests.rules.helpers import RULES, d

RULES_MD_RULES = {"stay.per_entry", "stay.90_in_180", "registration.deadline", "permit.expiry", "refugee.extension",
                  "refugee.certificate", "asylum.decision", "asylum.decision_max", "entry_ban.end", "work.job_search",
                  "citizenship.eligible", "quota.employer_request", "asylum.apply_by", "proceedings.appeal"}


def test_every_rule_has_a_default_version_with_citation_and_translations():
    assert RULES_MD_RULES <= set(RULES.rules())
    for version in RULES.all_versions():
        assert version.id == f"{version.rule}@{version.effective_from.isoformat()}"
        assert version.citation and version.verification
        assert version.citation_in("ru") != version.citation and version.citation_in("kk") != version.citation
        assert re.search(r"\[\d{3}:L\d+", version.citation), version.id  # cites a seed line
        assert RULES.title(version.rule) != version.rule


def test_dates_of_effect_from_rules_md():
    assert RULES.version_for("stay.per_entry", d("2016-12-31")) is None
    assert RULES.version_for("stay.per_entry", d("2017-01-01")).id == "stay.per_entry@2017-01-01"
    assert RULES.version_for("stay.90_in_180", d("2023-01-26")) is None
    assert RULES.version_for("stay.90_in_180", d("2023-01-27")).id == "stay.90_in_180@2023-01-27"
    assert RULES.version_for("stay.exempt_categories", d("2024-02-25")).params["categories"] == EXEMPT_CATEGORIES


def test_nationality_groups():
    assert RULES.group("EAEU") == {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
    assert RULES.group("REGISTER_30") == RULES.group("EAEU") | {"TJK"}
    assert RULES.group("CIS") == {"ARM", "AZE", "BLR", "KGZ", "MDA", "RUS", "TJK", "UZB"}
    assert {"MNG", "TUR", "KOR"} <= RULES.group("VISA_FREE_OTHER")
    assert RULES.group("NOPE") == frozenset()
    assert RULES.group_source("EAEU")
    assert set(RULES.version_for("registration.deadline", d("2024-01-01")).params["not_applicable_bases"]) <= set(BASES)


def new_version(effective_from: date, days: int = 60, effective_to: date | None = None) -> RuleVersion:
    params = dict(RULES.versions_of("stay.per_entry")[0].params, days=days)
    return RuleVersion.create("stay.per_entry", effective_from, params, "Test resolution", effective_to=effective_to)


def test_a_newer_version_wins_from_its_date_and_not_before():
    rules = RULES.with_versions([new_version(date(2025, 1, 1))])
    assert rules.version_for("stay.per_entry", d("2024-12-31")).params["days"] == 30
    assert rules.version_for("stay.per_entry", d("2025-01-01")).params["days"] == 60
    assert RULES.version_for("stay.per_entry", d("2025-01-01")).params["days"] == 30  # the original is unchanged


def test_an_extra_version_with_the_same_date_replaces_the_default():
    rules = RULES.with_versions([new_version(date(2017, 1, 1), days=45)])
    assert len(rules.versions_of("stay.per_entry")) == 1
    assert rules.version_for("stay.per_entry", d("2024-01-01")).params["days"] == 45


def test_a_version_with_an_end_lets_the_older_one_apply_again():
    rules = RULES.with_versions([new_version(date(2020, 3, 16), 90, effective_to=date(2020, 6, 30))])
    assert rules.version_for("stay.per_entry", d("2020-06-30")).params["days"] == 90
    assert rules.version_for("stay.per_entry", d("2020-07-01")).params["days"] == 30


PER_ENTRY = dict(RULES.versions_of("stay.per_entry")[0].params)


@pytest.mark.parametrize("change, message", [
    (dict(rule="stay.unknown"), "unknown rule"),
    (dict(params={"days": 30}), "missing parameter"),
    (dict(params={**PER_ENTRY, "days": "30"}), "whole number"),
    (dict(params={**PER_ENTRY, "days": True}), "whole number"),
    (dict(params={**PER_ENTRY, "exempt_groups": "EAEU"}), "list of texts"),
    (dict(rule="stay.90_in_180", params={"max_days": 90, "window_days": 180, "contract_groups": ["EAU"]}),
     "unknown group"),
    (dict(rule="refugee.certificate", params={"days": 5, "day_kind": "business"}), "day_kind"),
    (dict(rule="quota.employer_request", params={"month": 2, "day": 29}), "every year"),
    (dict(rule="work.job_search", params={"months": 3, "weeks": 1}), "unknown parameter"),
    (dict(effective_to=date(2016, 1, 1)), "before effective_from"),
    (dict(citation=" "), "citation"),
])
def test_unusable_versions_are_refused(change, message):
    fields = dict(rule="stay.per_entry", effective_from=date(2017, 1, 1), params=PER_ENTRY, citation="Test")
    fields.update(change)
    with pytest.raises(RuleDataError, match=message):
        RULES.with_versions([RuleVersion.create(**fields)])


def write(folder: Path, text: str) -> Path:
    (folder / "rules.toml").write_text(text, encoding="utf-8")
    return folder


def test_toml_errors_name_the_file(tmp_path):
    with pytest.raises(RuleDataError, match="rules.toml"):
        load_ruleset(write(tmp_path, '[[version]]\nrule = "permit.expiry"\neffective_from = "2000-01-01"\n'
                                     'citation = "x"\n'))
    with pytest.raises(RuleDataError, match="unknown key 'citaton'"):
        load_ruleset(write(tmp_path, '[[version]]\nrule = "permit.expiry"\neffective_from = 2000-01-01\n'
                                     'citaton = "x"\n'))
    with pytest.raises(RuleDataError, match="defined twice"):
        load_ruleset(write(tmp_path, '[[version]]\nrule = "permit.expiry"\neffective_from = 2000-01-01\n'
                                     'citation = "x"\n' * 2))
    with pytest.raises(RuleDataError, match="includes unknown group"):
        load_ruleset(write(tmp_path, '[groups.A]\nmembers = ["UZB"]\nincludes = ["B"]\n'))
    with pytest.raises(RuleDataError, match="no rule files"):
        load_ruleset(tmp_path / "empty")


def test_version_from_a_database_row():
    class Row:
        rule = "work.job_search"
        params = {"months": 6}
        effective_from = date(2025, 1, 1)
        effective_to = None
        citation = "Test law"
        verification = None

    version = RuleVersion.from_record(Row())
    assert version.id == "work.job_search@2025-01-01" and version.verification == ""
    rules = RULES.with_versions([version])
    assert rules.version_for("work.job_search", d("2025-01-01")).params["months"] == 6
