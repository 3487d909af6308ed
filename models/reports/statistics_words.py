"""The statistics in words: Russian, Kazakh or English, from `resources/reports/statistics.toml`, and the
report as plain tables (headers and rows of text and numbers) for the workbook, the PDF and the terminal."""
from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from typing import Any

from models import countries, regions
from models.paths import resource
from models.reports.statistics_model import Statistics, StatTable
from models.rules.messages import MONTHS
from models.services.exports import Table

LANGUAGES = ("ru", "kk", "en")
WORDS_FILE = resource("reports", "statistics.toml")
# The screening's words for what the trafficking tab records, shared with the window (desktop.trafficking.words).
VOCABULARY_FILE = resource("screening", "vocabulary.toml")
VOCABULARY_KINDS = ("exploitation", "recruitment", "service")


@cache
def _all() -> dict[str, Any]:
    return tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))


@cache
def _vocabulary() -> dict[str, Any]:
    return tomllib.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))


class Words:
    """The report's words in one language: `words(kind, value)` for a stored value, and its headings."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"no report words in language {lang!r}; use one of: {', '.join(LANGUAGES)}")
        self.lang = lang
        self.text: dict[str, Any] = _all()[lang]

    def __call__(self, kind: str, value: str) -> str:
        if kind == "citizenship":
            return countries.name(value, self.lang) if countries.is_known(value) else value  # type: ignore[arg-type]
        if kind == "region":
            return regions.label(value, self.lang) if value else self.text["not_recorded"]
        if kind == "organisation":
            return value or self.text["total"]
        if kind == "exploitation_country":
            return countries.name(value, self.lang) if countries.is_known(value) else (  # type: ignore[arg-type]
                value or self.text["not_recorded"])
        if kind == "source":
            return value or self.text["not_recorded"]
        if kind == "provider":
            return value or self.text["own_office"]
        if kind in VOCABULARY_KINDS:
            return str(_vocabulary()[self.lang].get(kind, {}).get(value, value)) if value else self.text["not_recorded"]
        return str(self.text.get(kind, {}).get(value, value))

    def title(self, table: StatTable) -> str:
        return str(self.text["table"].get(table.name, table.name))

    def headers(self, table: StatTable) -> list[str]:
        return [str(self.text["key"].get(k, k)) for k in table.keys] + \
            [str(self.text["measure"].get(m, m)) for m in table.measures]

    def note(self, which: str, **values: Any) -> str:
        return str(self.text["note"].get(which, which)).format(**values)

    def date(self, day: dt.date) -> str:
        if self.lang == "en":
            return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"
        return f"{day:%d.%m.%Y}"  # as documents in Kazakhstan write dates

    def period(self, report: Statistics) -> str:
        return str(self.text["period"]).format(first=self.date(report.period.first),
                                               last=self.date(report.period.last))


def rows_in_words(table: StatTable, words: Words) -> list[list[Any]]:
    """Each row: its keys in words, then its numbers as they are (None where there is no figure)."""
    return [[words(kind, key) for kind, key in zip(table.keys, row.keys)] + [c.value for c in row.cells]
            for row in table.rows]


def plain_tables(report: Statistics, words: Words, office: str = "", reader: str = "") -> list[Table]:
    """The workbook's sheets: what the report is, then one sheet per table."""
    scope = words.text["scope_office"] if report.whole_office else words.text["scope_own"].format(name=reader)
    about = Table(words.text["title"], [words.text["title"], words.period(report)], [
        ["", office], ["", scope], ["", words.text["made_on"].format(date=words.date(report.made_on))]])
    return [about] + [Table(words.title(t), words.headers(t), rows_in_words(t, words), keys=len(t.keys))
                      for t in report.tables]
