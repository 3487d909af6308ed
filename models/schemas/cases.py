"""Input and output of cases, notes and attachments."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, ValidationInfo, field_validator

from models.entities import AttachmentKind, CaseStatus, Category, Priority, ReferredHow
from models.filenames import safe_filename
from models.ids import AttachmentId, CaseId, NoteId, OrganisationId, PersonId, UserId
from models.schemas.common import OUTPUT_CONFIG, Input, Output, not_before
from models.schemas.trafficking import _not_in_the_future
from models.schemas.validation import invalid

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024  # a multi-page scan at 300 dpi fits; a video does not


class CaseIn(Input):
    person_id: PersonId
    category: Category
    status: CaseStatus = CaseStatus.open
    caseworker_id: UserId | None = None
    priority: Priority = Priority.normal
    sensitive: bool = False
    opened_on: dt.date
    closed_on: dt.date | None = None
    closed_reason: Annotated[str | None, Field(max_length=300, validate_default=True)] = None

    # Who referred the person to us (issue 29): a directory organisation or a name, the day, how and why.
    referred_by_id: OrganisationId | None = None
    referred_by_name: Annotated[str | None, Field(max_length=200, validate_default=True)] = None
    referred_on: dt.date | None = None
    referred_how: ReferredHow | None = None
    referred_why: Annotated[str | None, Field(max_length=300)] = None

    _closed_after_opened = field_validator("closed_on")(not_before("opened_on", "opening date"))
    _blank_referral = field_validator("referred_by_name", "referred_why", "referred_by_id", "referred_how",
                                      mode="before")(lambda value: None if value == "" else value)

    @field_validator("referred_on")
    @classmethod
    def _referred_in_the_past(cls, value: dt.date | None) -> dt.date | None:
        return _not_in_the_future(value)

    @field_validator("referred_by_name")
    @classmethod
    def _directory_or_name(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value and info.data.get("referred_by_id") is not None:
            raise invalid("referred.both")
        return value

    @field_validator("closed_reason")
    @classmethod
    def _closing_needs_a_reason(cls, value: str | None, info: ValidationInfo) -> str | None:
        closing = info.data.get("status") == CaseStatus.closed
        if closing and not value:
            raise invalid("case.closing_reason_required")
        if closing and info.data.get("closed_on") is None:
            raise invalid("case.closing_date_required")
        return value


class CaseOut(Output, CaseIn):
    model_config = OUTPUT_CONFIG

    id: CaseId  # Output.id, typed by what it names


class NoteIn(Input):
    case_id: CaseId
    text: Annotated[str, Field(min_length=1, max_length=100_000)]


class NoteOut(Output, NoteIn):
    model_config = OUTPUT_CONFIG

    id: NoteId  # Output.id, typed by what it names

    created_by: UserId | None = None


class AttachmentIn(Input):
    case_id: CaseId
    filename: Annotated[str, Field(min_length=1, max_length=255)]
    media_type: Annotated[str, Field(min_length=1, max_length=100)] = "application/octet-stream"
    description: Annotated[str | None, Field(max_length=300)] = None  # the label the caseworker gives it
    kind: AttachmentKind = AttachmentKind.other
    content: Annotated[bytes, Field(min_length=1, max_length=MAX_ATTACHMENT_BYTES)]

    # Only a plain base name is stored (`/home/x/.bashrc` -> `bashrc`): see models.filenames.
    _safe_name = field_validator("filename", mode="before")(
        lambda value: safe_filename(value) if isinstance(value, str) else value)


class AttachmentOut(Output):
    """Without the bytes: they are read only when the attachment is opened."""

    id: AttachmentId  # Output.id, typed by what it names
    case_id: CaseId
    filename: str
    media_type: str
    size: int
    description: str | None = None
    kind: AttachmentKind = AttachmentKind.other

    # A name stored before names were made safe is made safe whenever it is read.
    _safe_name = field_validator("filename", mode="before")(
        lambda value: safe_filename(value) if isinstance(value, str) else value)
