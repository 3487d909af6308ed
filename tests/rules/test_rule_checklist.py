"""Issue 13 item 10: adding a rule is one place to look. The checklist is models/rules/__init__.py; this
test fails, saying in words what a rule id lacks: its TOML version, title or translated citations, its
messages in English, Russian and Kazakh, its label or the label's translations."""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from models.paths import RESOURCES
from models.rules import SUPPORTING_RULES
from models.rules.messages import LANGUAGES, TEMPLATES
from models.rules.ruleset import PARAMETERS, RuleSet, RuleVersion, load_default_ruleset

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "models" / "rules"
# The modules of the rule families (one per family); the others are the engine's machinery.
NOT_FAMILIES = {"__init__", "dates", "engine", "intervals", "messages", "obligation", "planning", "ruleset",
                "situation"}
RULE_ID = re.compile(r"^[a-z_]+\.[a-z0-9_]+$")


def family_modules() -> dict[str, ast.Module]:
    return {path.stem: ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(RULES.glob("*.py")) if path.stem not in NOT_FAMILIES}


def rule_constants(tree: ast.Module) -> set[str]:
    """The rule ids a module names at its top level (`RULE = "registration.deadline"`)."""
    return {node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            and RULE_ID.match(node.value.value)}


def fragment_keys(tree: ast.Module) -> set[str]:
    """The message keys of the fragments a module builds: `("registered", {...})` anywhere in it."""
    return {node.elts[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[0], ast.Constant)
            and isinstance(node.elts[0].value, str) and isinstance(node.elts[1], ast.Dict)}


def label_translations(language: str) -> dict[str, str]:
    """Source -> finished translation of the context "Labels", from every `*_<language>.ts` catalogue."""
    found = {}
    for path in sorted((RESOURCES / "translations").glob(f"*_{language}.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            if context.findtext("name") != "Labels":
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                text = translation.text or "".join(form.text or "" for form in translation.iter("numerusform"))
                if text.strip():
                    found[message.findtext("source") or ""] = text
    return found


def problems(rule_ids: Iterable[str], ruleset: RuleSet, modules: Mapping[str, ast.Module],
             templates: Mapping[str, Mapping[str, str]], labels: Mapping[str, str],
             translations: Mapping[str, Mapping[str, str]], supporting: Iterable[str] = SUPPORTING_RULES) -> list[str]:
    """What each rule lacks, one sentence per missing piece."""
    found: list[str] = []
    rule_ids, supporting = sorted(rule_ids), set(supporting)
    for rule in rule_ids:
        versions: tuple[RuleVersion, ...] = ruleset.versions_of(rule)
        if not versions:
            found.append(f"rule {rule} has no [[version]] in resources/rules/*.toml")
        if ruleset.title(rule) == rule:
            found.append(f"rule {rule} has no [titles] entry in resources/rules/*.toml")
        for version in versions:
            for lang in ("ru", "kk"):
                if not version.citations.get(lang, "").strip():
                    found.append(f"rule version {version.id} has no citation_{lang} in resources/rules/*.toml")
        if rule in supporting:
            continue
        if not any(rule in rule_constants(tree) for tree in modules.values()):
            found.append(f"rule {rule} is named by no rule module (a constant such as RULE = {rule!r})")
        if rule not in labels:
            found.append(f"rule {rule} has no label in desktop/labels.py RULES")
            continue
        for lang, catalogue in translations.items():
            if labels[rule] not in catalogue:
                found.append(f"the label of rule {rule} ({labels[rule]!r}) has no finished translation in "
                             f"resources/translations/*_{lang}.ts (context Labels)")
    for name, tree in sorted(modules.items()):
        for rule in sorted(rule_constants(tree) - set(rule_ids)):
            found.append(f"models/rules/{name}.py names rule {rule}, which is not in ruleset.PARAMETERS")
        for key in sorted(fragment_keys(tree)):
            for lang in LANGUAGES:
                if key not in templates.get(lang, {}):
                    found.append(f"models/rules/{name}.py uses the message {key!r}, which has no {lang} text in "
                                 "models/rules/messages.py TEMPLATES")
    every_key = set().union(*(set(texts) for texts in templates.values()))
    for lang in LANGUAGES:
        for key in sorted(every_key - set(templates.get(lang, {}))):
            found.append(f"the message {key!r} has no {lang} text in models/rules/messages.py TEMPLATES")
    return list(dict.fromkeys(found))  # one sentence once


def shipped_labels() -> dict[str, str]:
    from desktop.labels import RULES as LABELS

    return dict(LABELS)


def test_every_rule_has_each_piece_the_checklist_names() -> None:
    found = problems(PARAMETERS, load_default_ruleset(), family_modules(), TEMPLATES, shipped_labels(),
                     {lang: label_translations(lang) for lang in ("ru", "kk")})
    assert found == [], "\n".join(found)


def test_the_check_reads_the_real_pieces() -> None:
    """Guards against a check that passes because it found nothing to check."""
    modules = family_modules()
    assert {"stay", "registration", "permit", "refugee", "asylum", "quota"} <= set(modules)
    assert "registration.deadline" in rule_constants(modules["registration"])
    assert {"registered", "registered_late", "not_registered"} <= fragment_keys(modules["registration"])
    labels = shipped_labels()
    assert label_translations("ru")[labels["registration.deadline"]].startswith("Регистрация")
    assert len(label_translations("kk")) >= len(PARAMETERS) - len(SUPPORTING_RULES)


def test_a_made_up_rule_is_told_every_piece_it_lacks() -> None:
    made_up = "visa.extension"
    ruleset = load_default_ruleset()
    tree = ast.parse(f'RULE = "{made_up}"\nSTRAY = "stray.rule"\n'
                     'def visa_extension():\n    return ("visa_extended", {"due": None})\n')
    modules = family_modules() | {"visa": tree}
    found = problems([*PARAMETERS, made_up], ruleset, modules, TEMPLATES, shipped_labels(),
                     {lang: label_translations(lang) for lang in ("ru", "kk")})
    assert found == [
        "rule visa.extension has no [[version]] in resources/rules/*.toml",
        "rule visa.extension has no [titles] entry in resources/rules/*.toml",
        "rule visa.extension has no label in desktop/labels.py RULES",
        "models/rules/visa.py names rule stray.rule, which is not in ruleset.PARAMETERS",
        *(f"models/rules/visa.py uses the message 'visa_extended', which has no {lang} text in "
          "models/rules/messages.py TEMPLATES" for lang in LANGUAGES),
    ]


def test_an_untranslated_label_or_citation_and_a_one_language_message_are_named() -> None:
    rule = "registration.deadline"
    ruleset = load_default_ruleset()
    version = ruleset.versions_of(rule)[0]
    stripped = RuleVersion.create(rule, version.effective_from, version.params, version.citation,
                                  citations={"ru": version.citation_in("ru")})  # no Kazakh citation
    partial = ruleset.with_versions([stripped])  # replaces the shipped version of that day
    translations = {lang: label_translations(lang) for lang in ("ru", "kk")}
    label = shipped_labels()[rule]
    del translations["kk"][label]
    templates = {lang: dict(texts) for lang, texts in TEMPLATES.items()}
    templates["ru"].pop("registered_late")
    templates["en"]["only_in_english"] = "Only in English."
    found = problems([rule], partial, family_modules(), templates, shipped_labels(), translations)
    assert f"rule version {rule}@{version.effective_from.isoformat()} has no citation_kk in resources/rules/*.toml" \
        in found
    assert (f"the label of rule {rule} ({label!r}) has no finished translation in resources/translations/*_kk.ts "
            "(context Labels)") in found
    assert ("models/rules/registration.py uses the message 'registered_late', which has no ru text in "
            "models/rules/messages.py TEMPLATES") in found
    assert "the message 'only_in_english' has no kk text in models/rules/messages.py TEMPLATES" in found
    assert "the message 'only_in_english' has no ru text in models/rules/messages.py TEMPLATES" in found


@pytest.mark.parametrize("rule", sorted(SUPPORTING_RULES))
def test_a_supporting_rule_is_read_by_a_rule_module(rule: str) -> None:
    assert rule in PARAMETERS
    assert any(rule in rule_constants(tree) for tree in family_modules().values())
