"""An obligation: something due on a date, with the rule version that says so."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from models.rules.dates import status_from_days_left
from models.rules.messages import Fragment, render
from models.rules.ruleset import RuleVersion


class Obligation:
    """A deadline or a limit for one person, seen on `as_of`.

    `status` is "met", "overdue", "due_soon" or "ok"; `days_left = due - as_of`
    (negative when past). `days_late` says how many days after `due` it was
    done, when it was done late (a late registration is met, and this is the
    fact kept for the case and its statistics); None otherwise. The
    explanation is rendered only when asked for.
    """

    __slots__ = ("rule", "due", "status", "days_left", "version", "fragments", "days_late")

    def __init__(self, rule: str, due: date, status: str, days_left: int, version: RuleVersion,
                 fragments: Sequence[Fragment], days_late: int | None = None) -> None:
        self.rule = rule
        self.due = due
        self.status = status
        self.days_left = days_left
        self.version = version
        self.fragments = fragments
        self.days_late = days_late

    @classmethod
    def make(cls, version: RuleVersion, due: date, as_of: date, met: bool, due_soon_days: int,
             *fragments: Fragment, rule: str | None = None, days_late: int | None = None) -> Obligation:
        """An obligation of `version`'s rule (or of `rule`, when a supporting rule's version set the deadline,
        e.g. registration.deferred for registration.deadline), its status worked out from `due` and `as_of`."""
        days_left = (due - as_of).days
        return cls(rule or version.rule, due, status_from_days_left(days_left, met, due_soon_days), days_left,
                   version, fragments, days_late)

    @property
    def rule_version(self) -> str:
        """The id of the rule version that produced this obligation, e.g. "stay.per_entry@2017-01-01"."""
        return self.version.id

    @property
    def source(self) -> str:
        """The legal citation of that rule version."""
        return self.version.citation

    @property
    def facts(self) -> Mapping[str, Any]:
        """The parameters of the explanation (dates, counts), merged, for callers that need them."""
        merged: dict[str, Any] = {}
        for _, params in self.fragments:
            merged.update(params)
        return merged

    def explanation(self, lang: str = "en") -> str:
        """What is due and why, in English ("en"), Russian ("ru") or Kazakh ("kk"), with the source."""
        return render(self.fragments, lang, self.version.citation_in(lang))

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The JSON form of RULES.md section 4, with `days_late` added when the obligation was done late."""
        found = {"rule": self.rule, "due": self.due.isoformat(), "status": self.status, "days_left": self.days_left,
                 "explanation": self.explanation(lang), "source": self.source, "rule_version": self.rule_version}
        if self.days_late is not None:
            found["days_late"] = self.days_late
        return found

    def __repr__(self) -> str:
        late = "" if self.days_late is None else f", days_late={self.days_late}"
        return f"Obligation({self.rule!r}, due={self.due}, status={self.status!r}, days_left={self.days_left}{late})"

