"""The supervisor's view in words: windows, rules, statuses, regions and employer checks, translated."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop import i18n, labels
from desktop.i18n import QT_TRANSLATE_NOOP
from models import regions
from models.rules.dates import DUE_SOON_DAYS

CONTEXT = "Supervisor"

WINDOWS = {
    "attention": QT_TRANSLATE_NOOP("Supervisor", "Overdue or due within 30 days"),
    "overdue": QT_TRANSLATE_NOOP("Supervisor", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Supervisor", "Due today"),
    "week": QT_TRANSLATE_NOOP("Supervisor", "Due within 7 days"),
    "month": QT_TRANSLATE_NOOP("Supervisor", "Due within 30 days"),
    "all": QT_TRANSLATE_NOOP("Supervisor", "Every open deadline"),
}
EXTRA_RULES = {
    "referral.follow_up": QT_TRANSLATE_NOOP("Supervisor", "Referral without an answer"),
    "service.planned": QT_TRANSLATE_NOOP("Supervisor", "Planned service not given"),
}
RULE_ORDER = ("stay.basis_missing", "stay.per_entry", "stay.90_in_180", "registration.deadline", "permit.expiry",
              "document.expiry", "refugee.extension", "refugee.certificate", "asylum.decision", "asylum.decision_max",
              "asylum.apply_by", "proceedings.appeal", "entry_ban.end", "referral.follow_up", "service.planned", "quota.employer_request")
CHECKS = {
    "domestic_workers": QT_TRANSLATE_NOOP("Supervisor", "More than {limit} domestic workers on patents: {found}"),
    "managers_share": QT_TRANSLATE_NOOP("Supervisor", "Citizens hold {found} of management posts (at least {limit})"),
    "specialists_share": QT_TRANSLATE_NOOP("Supervisor",
                                           "Citizens hold {found} of specialist posts (at least {limit})"),
    "managers_do_not_add_up": QT_TRANSLATE_NOOP(
        "Supervisor", "Staff figures leave room for {limit} foreign managers; Qamqor knows of {found}"),
    "specialists_do_not_add_up": QT_TRANSLATE_NOOP(
        "Supervisor", "Staff figures leave room for {limit} foreign specialists; Qamqor knows of {found}"),
}
LEVELS = {
    "ok": QT_TRANSLATE_NOOP("Supervisor", "Within the quota"),
    "warning": QT_TRANSLATE_NOOP("Supervisor", "80 % used"),
    "full": QT_TRANSLATE_NOOP("Supervisor", "Used up"),
    "over": QT_TRANSLATE_NOOP("Supervisor", "Over the quota"),
    "unallocated": QT_TRANSLATE_NOOP("Supervisor", "No allocation"),
}


TEXTS = {
    "rule_version": QT_TRANSLATE_NOOP("Supervisor", "Rule version: {0}"),
    "due_today": QT_TRANSLATE_NOOP("Supervisor", "Due today"),
    "no_region": QT_TRANSLATE_NOOP("Supervisor", "Region not recorded"),
    "service": QT_TRANSLATE_NOOP("Supervisor", "{0}, planned for {1}, is not recorded as given: record it in the "
                                               "case's Services tab, or say why it was not given."),
}


def _tr(text: str) -> str:
    """A text marked above with QT_TRANSLATE_NOOP("Supervisor", ...), in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def window(code: str) -> str:
    if code == "week":  # the number is the rules' (rules.dates.DUE_SOON_DAYS), not the catalogue's
        return QCoreApplication.translate(CONTEXT, "Due within %n day(s)", "", DUE_SOON_DAYS)
    return _tr(WINDOWS[code])


def rule(rule_id: str) -> str:
    return _tr(EXTRA_RULES[rule_id]) if rule_id in EXTRA_RULES else labels.rule(rule_id)


def rule_tooltip(row) -> str:
    parts = [rule(row.rule)]
    if row.rule_version:
        parts.append(_tr(TEXTS["rule_version"]).format(row.rule_version))
    if getattr(row, "service", None):  # a planned service: which one, and what to do
        from desktop.trafficking.words import word

        parts.append(_tr(TEXTS["service"]).format(word("service", row.service), i18n.show_date(row.due)))
    return "\n".join(parts)


def status(row) -> str:
    """Overdue, due today, due soon, on track (the number of days is in a column of its own)."""
    return _tr(TEXTS["due_today"]) if row.days_left == 0 else labels.status(row.status)


def region(name: str | None) -> str:
    return regions.label(name, i18n.current()) if name else _tr(TEXTS["no_region"])


def level(code: str) -> str:
    return _tr(LEVELS.get(code, code))


def check(found) -> str:
    """An employer check in words."""
    def share(value: float) -> str:
        return f"{value:.0%}"

    if found.check.endswith("_share"):
        return _tr(CHECKS[found.check]).format(found=share(found.found), limit=share(found.limit))
    return _tr(CHECKS.get(found.check, found.check)).format(found=int(found.found), limit=int(found.limit))


def export_words(kind: str, value: str) -> str:
    """Stored values in the user's language, for the exports."""
    if kind == "rule":
        return rule(value)
    if kind == "status":
        return labels.status(value)
    if kind == "region":
        return region(value or None)
    if kind in ("category", "priority", "work_category"):
        return labels.value(value)
    if kind == "header":
        return _tr(HEADERS[value]) if value in HEADERS else value[:1].upper() + value[1:]
    return value


HEADERS = {
    "alerts": QT_TRANSLATE_NOOP("Supervisor", "Alerts"),
    "due": QT_TRANSLATE_NOOP("Supervisor", "Due"),
    "days_left": QT_TRANSLATE_NOOP("Supervisor", "Days left"),
    "status": QT_TRANSLATE_NOOP("Supervisor", "Status"),
    "rule": QT_TRANSLATE_NOOP("Supervisor", "Deadline"),
    "name": QT_TRANSLATE_NOOP("Supervisor", "Person"),
    "citizenship": QT_TRANSLATE_NOOP("Supervisor", "Citizenship"),
    "category": QT_TRANSLATE_NOOP("Supervisor", "Category"),
    "caseworker": QT_TRANSLATE_NOOP("Supervisor", "Caseworker"),
    "region": QT_TRANSLATE_NOOP("Supervisor", "Region"),
    "rule_version": QT_TRANSLATE_NOOP("Supervisor", "Rule version"),
    "case_number": QT_TRANSLATE_NOOP("Supervisor", "Case number"),
    "alerts by status": QT_TRANSLATE_NOOP("Supervisor", "Alerts by status"),
    "alerts by rule": QT_TRANSLATE_NOOP("Supervisor", "Alerts by deadline"),
    "alerts by region": QT_TRANSLATE_NOOP("Supervisor", "Alerts by region"),
    "alerts by category": QT_TRANSLATE_NOOP("Supervisor", "Alerts by category"),
    "alerts by week": QT_TRANSLATE_NOOP("Supervisor", "Alerts by week"),
    "open cases": QT_TRANSLATE_NOOP("Supervisor", "Open cases"),
    "caseloads": QT_TRANSLATE_NOOP("Supervisor", "Caseloads"),
    "quota usage": QT_TRANSLATE_NOOP("Supervisor", "Quota usage"),
    "window": QT_TRANSLATE_NOOP("Supervisor", "Window"),
    "overdue": QT_TRANSLATE_NOOP("Supervisor", "Overdue"),
    "today": QT_TRANSLATE_NOOP("Supervisor", "Due today"),
    "week": QT_TRANSLATE_NOOP("Supervisor", "Due within 7 days"),
    "month": QT_TRANSLATE_NOOP("Supervisor", "Due within 30 days"),
    "week from": QT_TRANSLATE_NOOP("Supervisor", "Week from"),
    "priority": QT_TRANSLATE_NOOP("Supervisor", "Priority"),
    "cases": QT_TRANSLATE_NOOP("Supervisor", "Cases"),
    "measure": QT_TRANSLATE_NOOP("Supervisor", "Measure"),
    "value": QT_TRANSLATE_NOOP("Supervisor", "Value"),
    "caseworkers": QT_TRANSLATE_NOOP("Supervisor", "Caseworkers"),
    "unassigned cases": QT_TRANSLATE_NOOP("Supervisor", "Unassigned cases"),
    "fewest open cases": QT_TRANSLATE_NOOP("Supervisor", "Fewest open cases"),
    "median open cases": QT_TRANSLATE_NOOP("Supervisor", "Median open cases"),
    "most open cases": QT_TRANSLATE_NOOP("Supervisor", "Most open cases"),
    "work category": QT_TRANSLATE_NOOP("Supervisor", "Work category"),
    "allocated": QT_TRANSLATE_NOOP("Supervisor", "Allocated"),
    "used": QT_TRANSLATE_NOOP("Supervisor", "Used"),
    "remaining": QT_TRANSLATE_NOOP("Supervisor", "Remaining"),
    "share used": QT_TRANSLATE_NOOP("Supervisor", "Share used"),
}
