"""The office sync in the caseworker's words: what went wrong (by the error's code, never its English
text), which field a conflict is about, and its values as the forms show them."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from PySide6.QtCore import QCoreApplication

from desktop import i18n, labels, person_form
from desktop.case_view.record_forms import FIELDS, KINDS
from desktop.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # the name lupdate looks for
CONTEXT = "SyncWords"

PROBLEMS = {
    "wrong_fingerprint": QT_TRANSLATE_NOOP(
        "SyncWords", "The office's certificate does not have the fingerprint you typed. Nothing was sent. Check "
        "the fingerprint with your administrator: someone may be pretending to be the office."),
    "bad_fingerprint": QT_TRANSLATE_NOOP(
        "SyncWords", "This is not a fingerprint: it is SHA256: followed by 64 letters and digits, as the "
        "administrator read it out."),
    "bad_address": QT_TRANSLATE_NOOP(
        "SyncWords", "The office's address must look like https://office.local:8443 (https://, the name, a "
        "colon and the port)."),
    "office_unreachable": QT_TRANSLATE_NOOP(
        "SyncWords", "The office does not answer. Check that this laptop is on the office's network and the "
        "address is right, or try again later."),
    "sign_in_refused": QT_TRANSLATE_NOOP(
        "SyncWords", "The office refused the user name or the password (or the account is locked for now)."),
    "revoked": QT_TRANSLATE_NOOP(
        "SyncWords", "The office has revoked this laptop's access: the office's cases were removed from it, and "
        "the changes not yet sent were sealed for the administrator. Ask your administrator."),
    "account_closed": QT_TRANSLATE_NOOP(
        "SyncWords", "The office has deactivated this account: it can no longer sign in on this laptop. The "
        "changes not yet sent are kept for the administrator."),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "SyncWords", "The office no longer knows this laptop: connect it to the office again."),
    "unknown_device": QT_TRANSLATE_NOOP(
        "SyncWords", "The office no longer knows this laptop: connect it to the office again."),
    "not_empty": QT_TRANSLATE_NOOP(
        "SyncWords", "This database already holds cases of its own, which the office would never receive. "
        "Connect a new, empty database to the office."),
    "bad_answer": QT_TRANSLATE_NOOP("SyncWords", "The office's answer could not be read. Try again later."),
}
UNKNOWN = QT_TRANSLATE_NOOP("SyncWords", "The office refused the request. Try again later, or ask your "
                                         "administrator.")


def problem(error: BaseException) -> str:
    """What kept the laptop from the office, in the user's language."""
    code = getattr(error, "code", "")
    return translate(CONTEXT, PROBLEMS.get(code, UNKNOWN))


_KIND_OF_TABLE = {"identity_documents": "document", "stays": "stay", "registrations": "registration",
                  "permits": "permit", "contracts": "contract", "asylum_claims": "asylum_claim",
                  "refugee_statuses": "refugee_status", "expulsions": "expulsion", "proceedings": "proceeding"}
_COUNTRIES = {"citizenship", "issuing_country"}


def field_name(table: str, field: str) -> str:
    """A conflict's field as the caseworker knows it: "Phone", "Stay: Entry date"; "*" is the whole record."""
    kind = _KIND_OF_TABLE.get(table)
    if field == "*":
        what = translate("Records", KINDS[kind]) if kind else translate("SyncWords", "A record")
        return translate("SyncWords", "{0} (the whole record)").format(what)
    if kind is not None:
        specs = cast(list[tuple[Any, ...]], FIELDS[kind])  # (name, label, editor)
        labels_of = {str(spec[0]): str(spec[1]) for spec in specs}
        if field in labels_of:
            return translate("Records", KINDS[kind]) + ": " + translate("Records", labels_of[field])
        return translate("Records", KINDS[kind]) + ": " + field.replace("_", " ")
    if field in person_form.LABELS:  # the person's and the case's fields, as their forms name them
        return person_form.label(field)
    from desktop.case_view import services  # who referred the person (case) and a service's fields

    if field in services.LABELS:
        return translate("ServicesPanel", services.LABELS[field])
    return field.replace("_", " ").capitalize()


def shown_value(field: str, value: Any, users: dict[uuid.UUID, str] | None = None) -> str:
    """A conflict's value as a form would show it (a date in the user's locale, a choice in words)."""
    if value is None or value == "":
        return translate("SyncWords", "(empty)")
    if isinstance(value, bool):
        return translate("SyncWords", "Yes") if value else translate("SyncWords", "No")
    if isinstance(value, dict):  # a record set aside whole
        return "; ".join(f"{field_name('', k)}: {shown_value(k, v, users)}" for k, v in value.items()
                         if k not in ("id", "version", "created_at", "created_by", "updated_at", "updated_by"))
    text = str(value)
    if field in _COUNTRIES:
        return labels.country(text)
    if field.endswith("_id") and users is not None:
        try:
            return users.get(uuid.UUID(text), text)
        except ValueError:
            return text
    if len(text) == 10 and text[4:5] == "-" and text[7:8] == "-":
        try:
            return i18n.show_date(dt.date.fromisoformat(text))
        except ValueError:
            return text
    return labels.value(text) if text in labels.VALUES else text

