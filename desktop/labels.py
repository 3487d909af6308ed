"""What the stored values are called on screen, in the user's language.

The database stores values such as `labour_migrant`; the caseworker reads
"Labour migrant", "Трудовой мигрант" or "Еңбек мигранты". The source texts are
marked with QT_TRANSLATE_NOOP (so lupdate finds them) and translated when shown,
so that switching the language needs no restart of this module.
"""
from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.i18n import QT_TRANSLATE_NOOP
from models import countries

CONTEXT = "Labels"

VALUES: dict[str, str] = {
    # Case categories
    "labour_migrant": QT_TRANSLATE_NOOP("Labels", "Labour migrant"),
    "trafficking_survivor": QT_TRANSLATE_NOOP("Labels", "Trafficking survivor"),
    "refugee": QT_TRANSLATE_NOOP("Labels", "Refugee"),
    "asylum_seeker": QT_TRANSLATE_NOOP("Labels", "Asylum seeker"),
    "stateless": QT_TRANSLATE_NOOP("Labels", "Stateless person"),
    "kandas": QT_TRANSLATE_NOOP("Labels", "Kandas"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # Case status
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "referred": QT_TRANSLATE_NOOP("Labels", "Referred"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    # Priority
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    # Sex
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    # Identity documents
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "id_card": QT_TRANSLATE_NOOP("Labels", "Identity card"),
    "travel_document": QT_TRANSLATE_NOOP("Labels", "Travel document"),
    "refugee_travel_document": QT_TRANSLATE_NOOP("Labels", "Refugee travel document"),
    "stateless_travel_document": QT_TRANSLATE_NOOP("Labels", "Stateless person's travel document"),
    "birth_certificate": QT_TRANSLATE_NOOP("Labels", "Birth certificate"),
    # Basis of stay
    "visa_free": QT_TRANSLATE_NOOP("Labels", "Visa-free"),
    "visa": QT_TRANSLATE_NOOP("Labels", "Visa"),
    "residence_permit": QT_TRANSLATE_NOOP("Labels", "Residence permit"),
    "diplomatic": QT_TRANSLATE_NOOP("Labels", "Diplomatic"),
    # Permits
    "temporary_residence": QT_TRANSLATE_NOOP("Labels", "Temporary residence permit"),
    "permanent_residence": QT_TRANSLATE_NOOP("Labels", "Permanent residence permit"),
    "work_permit": QT_TRANSLATE_NOOP("Labels", "Work permit"),
    "patent": QT_TRANSLATE_NOOP("Labels", "Patent (domestic work)"),
    "refugee_certificate": QT_TRANSLATE_NOOP("Labels", "Refugee certificate"),
    "asylum_certificate": QT_TRANSLATE_NOOP("Labels", "Asylum-seeker certificate"),
    # Work categories
    "first": QT_TRANSLATE_NOOP("Labels", "1st category (managers)"),
    "second": QT_TRANSLATE_NOOP("Labels", "2nd category (heads of units)"),
    "third": QT_TRANSLATE_NOOP("Labels", "3rd category (specialists)"),
    "fourth": QT_TRANSLATE_NOOP("Labels", "4th category (skilled workers)"),
    "seasonal": QT_TRANSLATE_NOOP("Labels", "Seasonal work"),
    "intra_corporate": QT_TRANSLATE_NOOP("Labels", "Intra-corporate transfer"),
    # Contracts, employers, decisions
    "employment": QT_TRANSLATE_NOOP("Labels", "Employment contract"),
    "civil": QT_TRANSLATE_NOOP("Labels", "Civil contract"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "domestic": QT_TRANSLATE_NOOP("Labels", "Household"),
    "granted": QT_TRANSLATE_NOOP("Labels", "Granted"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
    # Decisions in administrative proceedings
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "liable": QT_TRANSLATE_NOOP("Labels", "Found liable"),
    "not_liable": QT_TRANSLATE_NOOP("Labels", "Not liable"),
    "dismissed": QT_TRANSLATE_NOOP("Labels", "Dismissed"),
    # Roles
    "caseworker": QT_TRANSLATE_NOOP("Labels", "Caseworker"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
    # Exemptions from the 90/180 rule
    "aircraft_crew": QT_TRANSLATE_NOOP("Labels", "Aircraft crew"),
    "vessel_crew": QT_TRANSLATE_NOOP("Labels", "Ship crew"),
    "train_crew": QT_TRANSLATE_NOOP("Labels", "Train crew"),
    "international_driver": QT_TRANSLATE_NOOP("Labels", "International driver"),
    "courier": QT_TRANSLATE_NOOP("Labels", "Diplomatic courier"),
    "escort_officer": QT_TRANSLATE_NOOP("Labels", "Escort officer"),
    "official_delegation": QT_TRANSLATE_NOOP("Labels", "Official delegation"),
    "cross_border_facility": QT_TRANSLATE_NOOP("Labels", "Cross-border facility staff"),
    "leased_territory": QT_TRANSLATE_NOOP("Labels", "Leased territory (Baikonur)"),
}

RULES: dict[str, str] = {
    "stay.basis_missing": QT_TRANSLATE_NOOP("Labels", "Basis of stay missing"),
    "stay.per_entry": QT_TRANSLATE_NOOP("Labels", "Last day of stay (per entry)"),
    "stay.90_in_180": QT_TRANSLATE_NOOP("Labels", "Last day of stay (90 in 180 days)"),
    "registration.deadline": QT_TRANSLATE_NOOP("Labels", "Registration of the place of stay"),
    "permit.expiry": QT_TRANSLATE_NOOP("Labels", "Document expires"),
    "document.expiry": QT_TRANSLATE_NOOP("Labels", "Identity document expires"),
    "refugee.extension": QT_TRANSLATE_NOOP("Labels", "Extend refugee status"),
    "refugee.certificate": QT_TRANSLATE_NOOP("Labels", "Refugee certificate to be issued"),
    "asylum.apply_by": QT_TRANSLATE_NOOP("Labels", "Apply for asylum"),
    "asylum.decision": QT_TRANSLATE_NOOP("Labels", "Decision on the asylum claim"),
    "asylum.decision_max": QT_TRANSLATE_NOOP("Labels", "Latest decision on the asylum claim"),
    "proceedings.appeal": QT_TRANSLATE_NOOP("Labels", "Appeal the administrative decision"),
    "entry_ban.end": QT_TRANSLATE_NOOP("Labels", "End of the re-entry ban"),
    "work.job_search": QT_TRANSLATE_NOOP("Labels", "End of job search after a contract"),
    "citizenship.eligible": QT_TRANSLATE_NOOP("Labels", "May apply for citizenship"),
    "quota.employer_request": QT_TRANSLATE_NOOP("Labels", "Employer's request for the quota"),
    "child.birth_registration": QT_TRANSLATE_NOOP("Labels", "Register the child's birth"),  # issue 29
}

# permit.expiry and document.expiry by the document they are about ("Work permit expires", not "Document expires").
EXPIRES: dict[str, str] = {
    "visa": QT_TRANSLATE_NOOP("Labels", "Visa expires"),
    "temporary_residence": QT_TRANSLATE_NOOP("Labels", "Temporary residence permit expires"),
    "permanent_residence": QT_TRANSLATE_NOOP("Labels", "Permanent residence permit expires"),
    "work_permit": QT_TRANSLATE_NOOP("Labels", "Work permit expires"),
    "patent": QT_TRANSLATE_NOOP("Labels", "Patent expires"),
    "refugee_certificate": QT_TRANSLATE_NOOP("Labels", "Refugee certificate expires"),
    "asylum_certificate": QT_TRANSLATE_NOOP("Labels", "Asylum-seeker certificate expires"),
    # document.expiry (the other identity documents read "Identity document expires")
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport expires"),
    "id_card": QT_TRANSLATE_NOOP("Labels", "ID card expires"),
}

STATUS: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Due soon"),
    "ok": QT_TRANSLATE_NOOP("Labels", "On track"),
    "met": QT_TRANSLATE_NOOP("Labels", "Done"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def value(stored: str | enum.Enum | None) -> str:
    """A stored value in words ("labour_migrant" -> "Labour migrant"); unknown values as written."""
    if stored is None:
        return ""
    key = stored.value if isinstance(stored, enum.Enum) else str(stored)
    return _tr(VALUES[key]) if key in VALUES else key.replace("_", " ")


def choices(enum_type: type[enum.Enum]) -> list[tuple[str, str]]:
    """(stored value, words) for every member, in declaration order, for a drop-down list."""
    return [(member.value, value(member)) for member in enum_type]


def rule(rule_id: str) -> str:
    return _tr(RULES[rule_id]) if rule_id in RULES else rule_id


def deadline(rule_id: str, document: str | None = None) -> str:
    """A deadline's name; a document's expiry names the document."""
    if rule_id in ("permit.expiry", "document.expiry") and document in EXPIRES:
        return _tr(EXPIRES[document])
    return rule(rule_id)


def status(code: str) -> str:
    return _tr(STATUS.get(code, code))


def country(code: str | None) -> str:
    if not code:
        return ""
    try:
        return countries.name(code, i18n.current())
    except KeyError:
        return code
