"""Shorthands for the rule tests."""
from __future__ import annotations

from datetime import date

from models.rules.engine import Evaluation, evaluate
from models.rules.ruleset import RuleSet, RuleVersion, load_default_ruleset
from models.rules.situation import Stay

RULES = load_default_ruleset()


def d(text: str) -> date:
    return date.fromisoformat(text)


def stay(entry: str, exit: str | None = None, basis: str = "visa_free") -> Stay:
    return Stay(d(entry), None if exit is None else d(exit), basis)


def since_2000() -> RuleSet:
    """The default rules with 90/180 applied from 2000, to replay the EU calculator's 2013-2014 examples."""
    return RULES.with_versions([RuleVersion.create(
        "stay.90_in_180", date(2000, 1, 1), {"max_days": 90, "window_days": 180, "contract_groups": ["EAEU"]},
        "EU short-stay calculator arithmetic (test only)")])


def by_rule(evaluation: Evaluation) -> dict:
    """Obligations by rule id (the stay rules appear at most once)."""
    return {o.rule: o for o in evaluation.obligations}


def run(situation, as_of: str, ruleset: RuleSet = RULES) -> Evaluation:
    return evaluate(situation, ruleset, d(as_of))
