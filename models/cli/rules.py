"""`qamqor rules eval` and `qamqor rules list` (see RULES.md section 4).

`rules eval [FILE]` reads one person's situation as JSON (FILE, or standard
input when FILE is missing or "-"), evaluates it with the default rule set
and prints the obligations as JSON. Bad input never prints a traceback: it
exits with status 2 and one line naming the field.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from models.cli.usage import UsageError

LANGUAGES = ("en", "ru", "kk")


def add_commands(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("rules", help="evaluate and list the stay and deadline rules")
    sub = parser.add_subparsers(dest="rules_command", required=True, metavar="COMMAND")

    evaluate = sub.add_parser("eval", help="evaluate one person's situation (JSON in, JSON out)",
                              description="Evaluate one person's situation (RULES.md section 4): JSON in, JSON out.")
    evaluate.add_argument("file", nargs="?", metavar="FILE", help="JSON file (default: standard input)")
    evaluate.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the explanations")
    evaluate.set_defaults(handler=run_eval)

    listing = sub.add_parser("list", help="every rule version with parameters, dates and sources")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(handler=run_list)


def _read_input(file: str | None) -> str:
    try:
        raw = sys.stdin.buffer.read() if file in (None, "-") else Path(file).read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {file}: {error.strerror or error}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError("input is not UTF-8 text") from None


def _print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    try:
        print(text)
    except UnicodeEncodeError:  # a terminal that cannot show Cyrillic still gets valid JSON
        print(json.dumps(data, ensure_ascii=True, indent=2))


def run_eval(args: argparse.Namespace) -> int:
    from models.rules.engine import evaluate
    from models.rules.ruleset import RuleDataError, load_default_ruleset
    from models.schemas.situation import SituationInputError, parse_situation

    text = _read_input(args.file)
    try:
        situation_in = parse_situation(text)
    except SituationInputError as error:
        raise UsageError(str(error)) from None
    try:
        ruleset = load_default_ruleset()
    except RuleDataError as error:
        print(f"qamqor: rule data: {error}", file=sys.stderr)
        return 1
    evaluation = evaluate(situation_in.to_situation(), ruleset, situation_in.as_of)
    _print_json(evaluation.to_dict(args.lang))
    return 0


def _version_dict(version: Any) -> dict[str, Any]:
    return {"id": version.id, "rule": version.rule,
            "params": {name: list(value) if isinstance(value, tuple) else value
                       for name, value in version.params.items()},
            "effective_from": version.effective_from.isoformat(),
            "effective_to": None if version.effective_to is None else version.effective_to.isoformat(),
            "citation": version.citation, "verification": version.verification}


def run_list(args: argparse.Namespace) -> int:
    from models.rules.ruleset import RuleDataError, load_default_ruleset
    from models.text import printable_lines

    try:
        ruleset = load_default_ruleset()
    except RuleDataError as error:
        print(f"qamqor: rule data: {error}", file=sys.stderr)
        return 1
    if args.json:
        _print_json({"rules": [{"rule": rule, "title": ruleset.title(rule),
                                "versions": [_version_dict(v) for v in ruleset.versions_of(rule)]}
                               for rule in ruleset.rules()],
                     "groups": {name: {"members": sorted(members), "source": ruleset.group_source(name)}
                                for name, members in sorted(ruleset.groups().items())}})
        return 0
    lines = []
    for rule in ruleset.rules():
        lines.append(f"{rule} — {ruleset.title(rule)}")
        for version in ruleset.versions_of(rule):
            until = "no end" if version.effective_to is None else version.effective_to.isoformat()
            lines.append(f"  {version.id}: in force {version.effective_from.isoformat()} to {until}")
            for name, value in version.params.items():
                shown = ", ".join(value) if isinstance(value, tuple) else value
                lines.append(f"    {name} = {shown}")
            lines.append(f"    source: {version.citation}")
            if version.verification:
                lines.append(f"    verification: {version.verification}")
        lines.append("")
    lines.append("Nationality groups")
    for name, members in sorted(ruleset.groups().items()):
        lines.append(f"  {name}: {', '.join(sorted(members))}")
        if ruleset.group_source(name):
            lines.append(f"    source: {ruleset.group_source(name)}")
    print(printable_lines("\n".join(lines)))  # rule versions an administrator added: shown, never obeyed
    return 0
