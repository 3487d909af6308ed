"""Rules as data: versions with parameters, dates of effect and sources (RULES.md, introduction).

The default versions ship as TOML in `resources/rules/`; an administrator adds
versions in the database, and `RuleSet.with_versions` lays them over the
defaults. A version is in force from `effective_from` to `effective_to`, both
included (None: no end). Where several versions of a rule are in force on a
day, the one with the latest `effective_from` wins, so a new version needs no
end date on the old one.
"""
from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from models.paths import resource
from models.rules.dates import DAY_KINDS

RULES_DIR = resource("rules")

_INT, _STR, _LIST = "int", "str", "list"

# The parameters each rule needs, with their kinds: a version missing one, or
# carrying an unknown one (a typo), is refused when the rule set is built.
PARAMETERS: dict[str, dict[str, str]] = {
    "stay.per_entry": {"days": _INT, "exempt_groups": _LIST},
    "stay.per_entry_registered": {"groups": _LIST, "days": _INT, "registration_by_day": _INT},
    "stay.90_in_180": {"max_days": _INT, "window_days": _INT, "contract_groups": _LIST},
    "stay.exempt_categories": {"categories": _LIST},
    "stay.basis_missing": {},
    "registration.deadline": {"days": _INT, "day_kind": _STR, "not_applicable_bases": _LIST},
    "registration.deferred": {"groups": _LIST, "days": _INT},
    "registration.simplified": {"groups": _LIST},
    "permit.expiry": {},
    "document.expiry": {"kinds": _LIST},
    "refugee.extension": {"status_years": _INT, "months_before": _INT},
    "refugee.certificate": {"days": _INT, "day_kind": _STR},
    "asylum.apply_by": {"days": _INT, "day_kind": _STR},
    "asylum.decision": {"months": _INT},
    "asylum.decision_max": {"months": _INT},
    "proceedings.appeal": {"days": _INT, "day_kind": _STR},
    "entry_ban.end": {"years": _INT},
    "work.job_search": {"months": _INT},
    "citizenship.eligible": {"permanent_residence_years": _INT, "marriage_years": _INT},
    "quota.employer_request": {"month": _INT, "day": _INT},
}
LANGUAGES = ("en", "ru", "kk")

# Parameters a rule no longer has, dropped when a stored version still carries them, so that an office's
# older versions keep loading. Issue 28: the 30-day deferral, the simplified registration and the 90 days
# after registration became rules of their own (registration.deferred, registration.simplified,
# stay.per_entry_registered), each citing its own source.
MOVED_PARAMETERS: dict[str, frozenset[str]] = {
    "registration.deadline": frozenset({"deferred_groups", "deferred_days", "simplified_groups"}),
    "stay.per_entry": frozenset({"registered_days", "registration_by_day", "registered_groups"}),
}


class RuleDataError(ValueError):
    """A rule version or group that the engine could not use."""


def _freeze(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, Mapping):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    return value


@dataclass(frozen=True, slots=True)
class RuleVersion:
    """One version of one rule. `id` is `rule@effective_from`, e.g. "stay.per_entry@2017-01-01"."""

    id: str
    rule: str
    params: Mapping[str, Any]
    effective_from: date
    effective_to: date | None
    citation: str
    verification: str
    # The citation in Russian and Kazakh where the data has it ({"ru": …, "kk": …}), and so the verification
    # note ({"verification_ru": …}): one map of translations, keyed as the TOML keys them.
    citations: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        return hash(self.id)

    @classmethod
    def create(cls, rule: str, effective_from: date, params: Mapping[str, Any], citation: str,
               verification: str = "", effective_to: date | None = None,
               citations: Mapping[str, str] | None = None) -> RuleVersion:
        """A version with its id filled in and its parameters frozen (lists become tuples)."""
        return cls(f"{rule}@{effective_from.isoformat()}", rule, _freeze(dict(params)), effective_from,
                   effective_to, citation, verification, MappingProxyType(dict(citations or {})))

    @classmethod
    def from_record(cls, record: Any) -> RuleVersion:
        """A version from any object with the attributes rule, params, effective_from, effective_to,
        citation and verification (e.g. the database's RuleVersionRecord row)."""
        moved = MOVED_PARAMETERS.get(record.rule, frozenset())
        params = {name: value for name, value in record.params.items() if name not in moved}
        return cls.create(record.rule, record.effective_from, params, record.citation,
                          getattr(record, "verification", "") or "", record.effective_to)

    def in_force(self, on: date) -> bool:
        return self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def citation_in(self, lang: str) -> str:
        """The citation in `lang` when the data has it, otherwise the English one."""
        return self.citations.get(lang) or self.citation

    def verification_in(self, lang: str) -> str:
        """The verification note in `lang` when the data has it (`verification_ru`, `verification_kk`), otherwise
        the English one."""
        return self.citations.get(f"verification_{lang}") or self.verification


def check_version(version: RuleVersion, groups: Mapping[str, frozenset[str]]) -> None:
    """Refuse a version the engine cannot use: unknown rule, missing/unknown/ill-typed parameter."""
    where = f"rule version {version.id}"
    if version.rule not in PARAMETERS:
        raise RuleDataError(f"{where}: unknown rule {version.rule!r}")
    if version.id != f"{version.rule}@{version.effective_from.isoformat()}":
        raise RuleDataError(f"{where}: id must be rule@effective_from")
    if version.effective_to is not None and version.effective_to < version.effective_from:
        raise RuleDataError(f"{where}: effective_to is before effective_from")
    if not version.citation.strip():
        raise RuleDataError(f"{where}: a citation is required")
    spec = PARAMETERS[version.rule]
    unknown = sorted(set(version.params) - set(spec))
    if unknown:
        raise RuleDataError(f"{where}: unknown parameter {unknown[0]!r}")
    for name, kind in spec.items():
        if name not in version.params:
            raise RuleDataError(f"{where}: missing parameter {name!r}")
        value = version.params[name]
        if kind == _INT and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise RuleDataError(f"{where}: parameter {name!r} must be a whole number >= 0")
        if kind == _STR and not isinstance(value, str):
            raise RuleDataError(f"{where}: parameter {name!r} must be text")
        if kind == _LIST and not (isinstance(value, tuple) and all(isinstance(item, str) for item in value)):
            raise RuleDataError(f"{where}: parameter {name!r} must be a list of texts")
        if name.endswith("_groups"):
            for group_name in value:
                if group_name not in groups:
                    raise RuleDataError(f"{where}: parameter {name!r} names unknown group {group_name!r}")
    if "day_kind" in spec and version.params["day_kind"] not in DAY_KINDS:
        raise RuleDataError(f"{where}: day_kind must be 'calendar' or 'working'")
    if version.rule == "quota.employer_request":
        try:
            date(2023, version.params["month"], version.params["day"])  # a common year: no 29 February
        except ValueError:
            raise RuleDataError(f"{where}: month and day must make a date in every year") from None


class RuleSet:
    """Rule versions and nationality groups; immutable once built."""

    __slots__ = ("_versions", "_groups", "_group_sources", "_titles", "_by_rule", "_spans", "_unions")

    def __init__(self, versions: Iterable[RuleVersion], groups: Mapping[str, Iterable[str]],
                 titles: Mapping[str, str] | None = None, group_sources: Mapping[str, str] | None = None) -> None:
        self._groups = {name: frozenset(members) for name, members in groups.items()}
        self._group_sources = dict(group_sources or {})
        self._titles = dict(titles or {})
        by_key: dict[tuple[str, date], RuleVersion] = {}
        for version in versions:
            check_version(version, self._groups)
            by_key[(version.rule, version.effective_from)] = version  # a later one replaces
        self._versions = tuple(sorted(by_key.values(), key=lambda v: (v.rule, v.effective_from)))
        by_rule: dict[str, list[RuleVersion]] = {}
        for version in self._versions:
            by_rule.setdefault(version.rule, []).append(version)
        # Newest first: `version_for` returns the first one in force.
        self._by_rule = {rule: tuple(reversed(found)) for rule, found in by_rule.items()}
        self._spans: dict[str, tuple[tuple[int, int], ...]] = {}
        self._unions: dict[tuple[str, ...], frozenset[str]] = {}

    def __repr__(self) -> str:
        return f"RuleSet({len(self._versions)} versions, groups {sorted(self._groups)})"

    def version_for(self, rule_id: str, on: date) -> RuleVersion | None:
        """The version of `rule_id` in force on `on` (the latest effective_from wins), or None."""
        for version in self._by_rule.get(rule_id, ()):
            if version.effective_from <= on and (version.effective_to is None or on <= version.effective_to):
                return version
        return None

    def next_version(self, rule_id: str, after: date) -> RuleVersion | None:
        """The first version of `rule_id` that comes into force after `after`, or None."""
        later = [v for v in self._by_rule.get(rule_id, ()) if v.effective_from > after]
        return min(later, key=lambda v: v.effective_from) if later else None

    def versions_of(self, rule_id: str) -> tuple[RuleVersion, ...]:
        """Every version of `rule_id`, oldest first."""
        return tuple(reversed(self._by_rule.get(rule_id, ())))

    def in_force_spans(self, rule_id: str) -> tuple[tuple[int, int], ...]:
        """Date ordinals (first, last) on which some version of `rule_id` is in force, merged."""
        spans = self._spans.get(rule_id)
        if spans is None:
            spans = self._spans[rule_id] = _merged_spans(self.versions_of(rule_id))
        return spans

    def group(self, name: str) -> frozenset[str]:
        """The members of a nationality group (ISO 3166-1 alpha-3 codes); empty if unknown."""
        return self._groups.get(name, frozenset())

    def groups(self) -> Mapping[str, frozenset[str]]:
        return MappingProxyType(self._groups)

    def in_groups(self, citizenship: str, names: tuple[str, ...]) -> bool:
        """True if `citizenship` belongs to any of the named groups."""
        union = self._unions.get(names)
        if union is None:  # evaluated for every person: look the union up once
            union = self._unions[names] = frozenset().union(*(self.group(name) for name in names))
        return citizenship in union

    def group_source(self, name: str) -> str:
        """Where the group's membership comes from (for the rules browser)."""
        return self._group_sources.get(name, "")

    def title(self, rule_id: str) -> str:
        return self._titles.get(rule_id, rule_id)

    def rules(self) -> tuple[str, ...]:
        """Every rule id that has a version, sorted."""
        return tuple(sorted(self._by_rule))

    def all_versions(self) -> tuple[RuleVersion, ...]:
        """Every version, sorted by rule and effective_from."""
        return self._versions

    def with_versions(self, extra_versions: Iterable[RuleVersion]) -> RuleSet:
        """A new rule set with `extra_versions` added; one with the same rule and effective_from replaces."""
        return RuleSet((*self._versions, *extra_versions), self._groups, self._titles, self._group_sources)


def _merged_spans(versions: Iterable[RuleVersion]) -> tuple[tuple[int, int], ...]:
    from models.rules.intervals import INF, merge

    return tuple(merge([(v.effective_from.toordinal(),
                         INF if v.effective_to is None else v.effective_to.toordinal()) for v in versions]))


_VERSION_KEYS = {"rule", "effective_from", "effective_to", "citation", "verification", "params"} | {
    f"{key}_{lang}" for lang in LANGUAGES if lang != "en" for key in ("citation", "verification")}


def _version_from_toml(entry: Mapping[str, Any], where: str) -> RuleVersion:
    unknown = sorted(set(entry) - _VERSION_KEYS)
    if unknown:
        raise RuleDataError(f"{where}: unknown key {unknown[0]!r}")
    for key in ("rule", "effective_from", "citation"):
        if key not in entry:
            raise RuleDataError(f"{where}: missing key {key!r}")
    for key in ("effective_from", "effective_to"):
        if key in entry and not (type(entry[key]) is date):
            raise RuleDataError(f"{where}: {key} must be a date (write it as 2024-01-31, no quotes)")
    citations = {lang: entry[f"citation_{lang}"] for lang in LANGUAGES if f"citation_{lang}" in entry}
    # The verification notes in other languages ride along with the citations ("verification_ru": …).
    citations |= {f"verification_{lang}": entry[f"verification_{lang}"] for lang in LANGUAGES
                  if f"verification_{lang}" in entry}
    return RuleVersion.create(entry["rule"], entry["effective_from"], entry.get("params", {}), entry["citation"],
                              entry.get("verification", ""), entry.get("effective_to"), citations)


def load_ruleset(folder: Path) -> RuleSet:
    """Read every `*.toml` in `folder`: `[[version]]` entries, `[groups.NAME]` and `[titles]` tables."""
    versions: list[RuleVersion] = []
    members: dict[str, set[str]] = {}
    includes: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    sources: dict[str, str] = {}
    seen: set[str] = set()
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise RuleDataError(f"no rule files in {folder}")
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise RuleDataError(f"{path.name}: {error}") from None
        unknown = sorted(set(data) - {"version", "groups", "titles"})
        if unknown:
            raise RuleDataError(f"{path.name}: unknown table {unknown[0]!r}")
        titles.update(data.get("titles", {}))
        for number, entry in enumerate(data.get("version", []), start=1):
            version = _version_from_toml(entry, f"{path.name}, version {number}")
            if version.id in seen:
                raise RuleDataError(f"{path.name}: version {version.id} is defined twice")
            seen.add(version.id)
            versions.append(version)
        for name, group in data.get("groups", {}).items():
            if name in members:
                raise RuleDataError(f"{path.name}: group {name} is defined twice")
            unknown = sorted(set(group) - {"members", "includes", "source"})
            if unknown:
                raise RuleDataError(f"{path.name}: group {name}: unknown key {unknown[0]!r}")
            sources[name] = group.get("source", "")
            members[name] = set(group.get("members", []))
            includes[name] = list(group.get("includes", []))
    groups = {name: frozenset(members[name] | _included(name, members, includes, ())) for name in members}
    return RuleSet(versions, groups, titles, sources)


def _included(name: str, members: dict[str, set[str]], includes: dict[str, list[str]],
              path: tuple[str, ...]) -> set[str]:
    # A group may include other groups (REGISTER_30 includes EAEU), so editing
    # EAEU in one place is enough.
    found: set[str] = set()
    for other in includes.get(name, []):
        if other not in members:
            raise RuleDataError(f"group {name} includes unknown group {other}")
        if other in path or other == name:
            raise RuleDataError(f"group {name} includes itself")
        found |= members[other] | _included(other, members, includes, (*path, name))
    return found


@cache
def load_default_ruleset() -> RuleSet:
    """The rule set shipped in `resources/rules/` (read once per process)."""
    return load_ruleset(RULES_DIR)
