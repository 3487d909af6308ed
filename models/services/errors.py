"""Errors a service raises on purpose: a code, its parameters, and the English sentence made of them.

Each error names what went wrong by a code ("case.not_yours") and the facts it needs
("reference", "day", ...). `str(error)` is the English sentence from `ENGLISH` for the
CLI and the tests; the GUI translates the code's template instead (`desktop/messages.py`),
so no one has to read English prose back into parts. A new refusal adds its code here
and its translations in `resources/translations/words_*.ts` (a test names any missing one).

Anything else escaping a service is a bug and is reported as one.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import Enum
from typing import Any

from models.rules.messages import format_date

# The English sentence of each code; {name} is a parameter. The GUI's catalogues translate these.
ENGLISH: dict[str, str] = {
    # Refusals of a whole action.
    "record.not_found": "There is no {what} with this id (it may have been archived).",
    "referral.not_found": "There is no referral with reference {reference}.",
    "period.reversed": "The period ends ({end}) before it starts ({start}).",
    "htcds.k": "k must be at least 1 (it was {k}).",
    "import.not_found": "There is no import with this id.",
    "record.changed": "This {what} was changed by someone else after you opened it, so your changes were not "
                      "saved (nothing was overwritten). Reopen it to see the current version, then enter your "
                      "changes again.",
    "database.busy": "The database is busy with another Qamqor window. Try again in a moment.",
    "record.reference_missing": "A record this one refers to does not exist (it may have been removed).",
    "role.required": "Only {roles} may {doing}.",
    "case.not_yours": "You may not open this case: it is not assigned or shared to you.",
    "person.not_yours": "You may not open this person's records: none of their cases is assigned or shared to "
                        "you.",
    "case.assign_needs_supervisor": "Only a supervisor may assign a case to another caseworker.",
    "case.share_not_yours": "Only the case's own caseworker or a supervisor may share it.",
    "case.share_sensitive": "A sensitive case cannot be shared: a supervisor can reassign it instead.",
    "export.format": "Exports are CSV or XLSX files, not '{suffix}'.",
    "export.no_folder": "There is no folder {folder} to save the export in.",
    "export.not_written": "The export could not be written to {path}: {reason}.",
    "statistics.period_backwards": "The period ends on {last}, before it starts on {first}.",
    "statistics.period_too_long": "The period from {first} to {last} is longer than three years: report on a "
                                  "shorter one.",
    "report.format": "A report is written as an .xlsx workbook or a .pdf document, not '{suffix}'.",
    "setup.done": "Qamqor is already set up: ask your administrator for an account.",
    "user.no_active": "There is no active user '{username}'.",
    "user.unknown": "There is no user '{username}'.",
    "user.own_admin_role": "You cannot take away your own administrator role: ask another administrator.",
    "user.last_admin_role": "'{username}' is the only administrator: make someone else an administrator first.",
    "user.own_account": "You cannot deactivate your own account: ask another administrator.",
    "user.last_admin": "'{username}' is the only administrator and cannot be deactivated.",
    "user.already_active": "'{username}' is already active.",
    "login.wrong": "The user name or the password is not right.",
    "login.locked": "Too many wrong passwords. Try again in {minutes} minute(s).",
    "records.unknown_kind": "'{kind}' is not a kind of history record ({kinds}).",
    "referral.sent_no_change": "Referral {reference} was already sent: it cannot be changed. Revoke it and make "
                               "a new one.",
    "referral.sent_no_archive": "Referral {reference} was sent: revoke it instead.",
    "referral.already": "Referral {reference} is already {status}.",
    "referral.no_consent": "No consent in force on {day} allows sharing {parts} with this organisation, so the "
                           "referral cannot be sent. Record the person's consent first.",
    "referral.no_consent_override": "No consent in force on {day} allows sharing {parts} with this "
                                    "organisation, so the referral cannot be sent. Record the person's consent "
                                    "first, or send it with an emergency override and its reason.",
    "referral.override_refused": "Only a supervisor, or the assigned caseworker for an emergency referral, may "
                                 "send a referral without consent.",
    "referral.send_with_consent": "Send a referral with send_referral: it checks the person's consent.",
    "referral.next_status": "Referral {reference} is {status}: it can next be {allowed}, not {wanted}.",
    "letter.revoked": "Referral {reference} was revoked: its letter can no longer be printed.",
    "letter.no_consent": "Referral {reference} has no consent on record: its letter cannot be printed.",
    "letter.consent_withdrawn": "The person withdrew the consent referral {reference} relied on ({day}): its "
                                "letter can no longer be printed. Revoke the referral and tell the organisation.",
    "referral.minor_needs_guardian": "{name} is a minor: a referral is sent with the consent of a parent or "
                                     "guardian linked to the child in the family panel, or with a recorded reason "
                                     "why it is in the child's best interest.",
    "family.already_linked": "These two persons were already linked at the office (on another computer): "
                             "this second link of them was not added.",
    "consent.already_withdrawn": "This consent was already withdrawn on {day}.",
    "setting.unknown": "There is no setting '{key}'. The settings are: {known}.",
    "import.already_undone": "The import of {file} was already undone.",
    "import.file_changed": "{file} has changed, or was moved, since it was read and checked, so nothing was "
                           "imported from it. Read it and check it again before importing.",
    "import.mapping_name": "Name: give the mapping a name of 1 to 100 characters.",
    "merge.same_record": "A record cannot be merged into itself.",
    "merge.family": "These two records are linked to each other as relatives: they are two people, and cannot be "
                    "merged.",
    "merge.unknown_field": "These are not fields of a person: {fields}.",
    "merge.changed_since": "This merge can no longer be undone: a record it moved was moved or changed again "
                           "afterwards. Nothing was changed.",
    # Undo, the office's devices and sync conflicts (issues 13 and 14).
    "device.not_found": "There is no such device.",
    "undo.account_closed": "Your account is no longer active, so nothing can be undone.",
    "undo.not_here": "This step cannot be undone here.",
    "undo.record_gone": "This step cannot be undone: its record is no longer in the database.",
    "undo.not_in_trail": "This step cannot be undone: the audit trail does not hold it.",
    "undo.not_yours": "Only the person who made a change can undo it.",
    "conflict.choose": "Choose the value in the record or the other value.",
    "conflict.not_found": "There is no such conflict (it may have been resolved on another computer).",
    "conflict.not_yours": "You may not resolve this conflict: its case is not yours.",
    "conflict.resolved": "This conflict was already resolved.",
    "conflict.record_missing": "The record this value belongs to is not here; keep the value in the record.",
    # Refusals of one field (`FieldError`); the pydantic error types keep pydantic's names.
    "missing": "is required",
    "string_too_short": "must not be empty",
    "string_too_long": "is too long (at most {max_length} characters)",
    "string_pattern_mismatch": "is not in the expected form",
    "date_parsing": "is not a valid date (write it as YYYY-MM-DD, e.g. 2024-05-10)",
    "enum": "must be one of: {expected}",
    "uuid_parsing": "is not a valid record id",
    "extra_forbidden": "is not a field Qamqor knows",
    "int_parsing": "must be a whole number",
    "bool_parsing": "must be yes or no (true or false)",
    "greater_than_equal": "must be at least {ge}",
    "less_than_equal": "must be at most {le}",
    "string_type": "must be text",
    "list_type": "must be a list",
    "model_type": "must be an object with fields",
    "field.invalid": "{reason}",
    "date.range": "must be between {first} and {last}",
    "text.control": "must not contain a control character ({code}) (at character {at})",
    "text.line_break": "must not contain a line break (at character {at})",
    "country.unknown": "'{code}' is not a country code (use ISO 3166-1 alpha-3, e.g. UZB; XXA for stateless)",
    "date.before": "must not be before the {other} ({day})",
    "date.future": "is in the future ({day})",
    "quota.future": "is in the future",
    "permit.end_required": "is required (only a permanent residence permit has no end date)",
    "permit.category_work_only": "applies to work permits only",
    "iin.control": "must be 12 digits with a correct control digit",
    "decision.pair": "and the decision date go together: give both or neither",
    "proceeding.pending_dated": "must be empty while the decision is pending",
    "proceeding.decided_required": "is required once the case is decided",
    "proceeding.liable_only": "applies only to a person found liable",
    "proceeding.appeal_undecided": "needs the decision date first",
    "choice.unknown": "{values} is not a {what} Qamqor knows (one of: {allowed})",
    "indicator.twice": "indicator {indicator} is answered twice",
    "indicator.unknown": "{indicator} is not an indicator of the screening",
    "assessment.by_required": "is required: name the officer, court or body that made this assessment",
    "facts.identified_on_required": "is required: the day the person was found to be a victim (or not)",
    "facts.identified_on_without_status": "goes with an identification status: choose the status first",
    "consent.organisation_required": "is required: consent to share data names the organisation it may go to",
    "consent.scope_required": "is required: say which parts of the case may be shared",
    "consent.witness_required": "is required: verbal consent is given before a witness",
    "consent.form_required": "is required: choose the scanned signed form among the case's attachments",
    "consent.attachment_foreign": "is not an attachment of this case",
    "consent.withdrawn_before": "must not be before the consent was given ({day})",
    "family.self": "a person cannot be linked to themselves",
    "family.duplicate": "these two persons are already linked: change that link instead",
    "consent.guardian_not_linked": "is not linked to the person as a parent or guardian (link them in the family "
                                   "panel first)",
    "best_interest.reason_required": "say in a sentence why the referral is in the child's best interest",
    "email.invalid": "is not an e-mail address",
    "services.none": "choose at least one service",
    "override.reason_required": "say in a sentence why the referral cannot wait for consent",
    "referral.before_sent": "must not be before the referral was sent ({day})",
    "referral.rejection_reason_required": "is required: give the reason for the rejection",
    "referral.revoke_reason_required": "is required: give why the referral is revoked",
    "birth_year.mismatch": "does not match the date of birth ({day})",
    "latin.too_long": "the Latin spelling made from the name has {length} characters, more than 100: type a "
                      "shorter Latin spelling",
    "region.unknown": "is not a region of Kazakhstan (e.g. Карагандинская обл., г. Алматы)",
    "quota.more_than_total": "cannot be more than the {total_field} in all ({total})",
    "case.closing_reason_required": "is required when the case is closed",
    "case.closing_date_required": "needs the closing date too",
    "stay.overlap": "overlaps the stay from {entry} to {exit}",
    "stay.overlap_open": "overlaps the stay from {entry}, which has no exit: record its exit first",
    "registration.after_exit": "is after the exit on {day}: the person was not in Kazakhstan that day",
    "account.first_admin": "the first account must be an administrator",
    "username.taken": "'{username}' is already taken",
    "password.wrong": "is not right",
    "setting.range": "must be from {low} to {high}",
    "setting.due_soon_above_overdue": "must not be more than the overdue days",
    "office.name_first": "is needed: set the office's name first",
    "service.date_required": "give the day the service is planned for, or the day it was given",
    "service.given_required": "needs the day the service was given",
    "service.other_case": "is not a service of this referral's case",
    "service.delivered_only": "services are recorded with the step \"services delivered\" only",
    "referred.both": "choose the organisation from the directory or write its name, not both",
    "referred.before_birth": "must not be before the person was born ({day})",
}

# The actions `role.required` names ("Only a supervisor may {doing}"): the key is what `require` is given.
ACTIONS: dict[str, str] = {name: name for name in (
    "change the office's details", "change the service directory", "add a rule version", "change a user's roles",
    "change the office's settings", "create users", "deactivate user accounts", "manage user accounts",
    "reactivate user accounts", "reset passwords", "unlock user accounts", "record an employer",
    "archive a screening", "check whether a person is already recorded", "open or edit a case",
    "print a referral letter", "record a person", "record a screening", "record an assessment", "record consent",
    "record the withdrawal of consent", "review likely duplicates", "merge two records of a person", "undo a merge",
    "see the deadline alerts", "see the import history", "export statistics",
    "read a case's history", "reassign cases", "see the caseloads", "undo an import",
    "import from a spreadsheet", "change a referral", "refer a person", "change the labour quota",
    "see the labour quota", "check employers", "record an employer's staff", "see employers' staff figures",
    "revoke a device", "run the statistics", "link family members", "see where cases came from",
    "export anonymous trafficking data", "record the facts of a trafficking case",
    "read the facts of a trafficking case",
)}

ROLES = {"caseworker": "caseworker", "supervisor": "supervisor", "admin": "administrator"}


def english_value(value: Any) -> str:
    """A parameter as the English sentence writes it: dates as `10 May 2024`, lists joined."""
    if isinstance(value, RoleNames):
        return str(value)
    if isinstance(value, dt.date):
        return format_date(value, "en")
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, (list, tuple)):
        return ", ".join(english_value(v) for v in value)
    return str(value)


def english(code: str, params: Mapping[str, Any]) -> str:
    """The English sentence of `code` with `params` filled in (the code itself if it is unknown)."""
    template = ENGLISH.get(code, code)
    try:
        return template.format(**{k: english_value(v) for k, v in params.items()})
    except (KeyError, IndexError):
        return template


class ServiceError(Exception):
    """Base of the expected errors: `code` and `params` say what happened; `str(error)` in English."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code, self.params = code, params
        super().__init__(english(code, params))


class Refused(ServiceError):
    """The action is not possible as asked (already sent, the last administrator, ...)."""


class NotFound(ServiceError):
    pass


class Conflict(ServiceError):
    """The record changed since it was read: saving would overwrite someone else's work."""


class PermissionDenied(ServiceError):
    """Refused for lack of a right; the services write each refusal to the audit trail."""

    def __init__(self, code: str, /, *, action: str, entity: str | None = None, record_id=None,
                 **params: Any) -> None:
        super().__init__(code, **params)
        self.action, self.entity, self.record_id = action, entity, record_id


def role_refusal(roles: Iterable[Any], doing: str) -> PermissionDenied:
    """`Only a supervisor or administrator may {doing}.`: `roles` are `Role`s, `doing` a key of ACTIONS."""
    assert doing in ACTIONS, f"{doing!r} is not in errors.ACTIONS: the GUI could not translate it"
    names = [ROLES.get(getattr(r, "value", r), str(r)) for r in roles]
    article = "an" if names and names[0][0] in "aeiou" else "a"
    return PermissionDenied("role.required", action=doing, roles=RoleNames(names, article), doing=doing)


class RoleNames(tuple[str, ...]):
    """The roles of a refusal; English writes them `an administrator or supervisor`."""

    article: str

    def __new__(cls, names: Iterable[str], article: str = "a") -> RoleNames:
        made = super().__new__(cls, tuple(names))
        made.article = article
        return made

    def __str__(self) -> str:
        return f"{self.article} {' or '.join(self)}"


@dataclass(frozen=True)
class FieldError:
    field: str  # path of the field, e.g. "stays[1].exit_date"
    label: str  # what the form calls it, e.g. "Exit date"
    message: str  # why it is refused, in English, e.g. "must not be before the entry date (10 May 2024)"
    code: str = ""  # a key of ENGLISH; empty for a message already in the user's words (the GUI's own)
    params: Mapping[str, Any] = dataclass_field(default_factory=dict)

    @classmethod
    def of(cls, field_path: str, label: str, code: str, /, **params: Any) -> FieldError:
        """The refusal `code` of one field; its English message made from ENGLISH."""
        return cls(field_path, label, english(code, params), code, params)

    def __str__(self) -> str:
        return f"{self.label}: {self.message}"


class ValidationFailed(ServiceError):
    """Input refused; `errors` says which fields are wrong and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        Exception.__init__(self, "; ".join(str(e) for e in errors))
        self.code, self.params = "validation", {}
