"""Office-wide settings (the `settings` table): read by everyone, changed by an administrator.

`KNOWN` lists what an administrator may set, by key, with its meaning and limits; `change_known`
validates a value (typed as text at the command line, or from a form) against them and refuses an
unknown key in words. The office's letterhead (`office.*`) is kept as one record by
models.services.directory; its fields are set here one by one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.changes import Changes, Done
from models.db import Database
from models.entities import Role, Setting
from models.services import audit
from models.services.base import Actor, done, writing
from models.services.errors import FieldError, Refused, ValidationFailed
from models.services.permissions import require

IDLE_LOCK_MINUTES = "idle_lock_minutes"  # the window locks after this many minutes without use
# Days after a referral is sent before its answer is due soon, and overdue (models.services.follow_ups).
FOLLOW_UP_DUE_SOON = "referral.follow_up_due_soon_days"
FOLLOW_UP_OVERDUE = "referral.follow_up_overdue_days"
# The anonymous trafficking data publishes no combination of quasi-identifiers shared by fewer victims
# (models.reports.htcds); 11 is the Counter Trafficking Data Collaborative's.
HTCDS_K = "htcds.k"
DEFAULTS: dict[str, Any] = {IDLE_LOCK_MINUTES: 10, FOLLOW_UP_DUE_SOON: 7, FOLLOW_UP_OVERDUE: 14, HTCDS_K: 11}
OFFICE_FIELDS = ("name", "name_kk", "name_ru", "name_en", "address", "address_kk", "address_ru", "address_en",
                 "phone", "email", "website")


@dataclass(frozen=True)
class Known:
    meaning: str
    low: int | None = None  # for whole numbers
    high: int | None = None


KNOWN: dict[str, Known] = {
    IDLE_LOCK_MINUTES: Known("minutes without use before the window locks", 1, 240),
    FOLLOW_UP_DUE_SOON: Known("days after a referral is sent before its answer is due soon", 1, 90),
    FOLLOW_UP_OVERDUE: Known("days after a referral is sent before its answer is overdue", 1, 180),
    HTCDS_K: Known("the fewest victims the anonymous trafficking data lets share a combination (k)", 2, 100),
} | {f"office.{field}": Known(f"the office's {field.replace('_', ' ')} on its letters") for field in OFFICE_FIELDS}


def value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    if row is None or row.value is None:
        return DEFAULTS.get(key) if default is None else default
    return row.value


def read(db: Database, key: str, default: Any = None) -> Any:
    with db.reading() as session:
        return value(session, key, default)


def change(db: Database, actor: Actor, key: str, new: Any) -> Done[None]:
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="change the office's settings")
        row = session.get(Setting, key)
        old = None if row is None else row.value
        if row is None:
            session.add(Setting(key=key, value=new))
        else:
            row.value = new
        audit.record(session, actor.user_id, "change", "settings", None, changes={key: [old, new]})
        return done(session, None, Changes(settings=True))


def known_values(db: Database) -> dict[str, Any]:
    """Every known setting and its value now (the default where none is set; None for an empty office field)."""
    from models.services import directory

    with db.reading() as session:
        office = directory.office_in(session)
        found = {key: value(session, key) for key in KNOWN if not key.startswith("office.")}
    office_values = office.model_dump() if office else {}
    return found | {f"office.{field}": office_values.get(field) for field in OFFICE_FIELDS}


def checked(key: str, text: str) -> Any:
    """The value of `text` for `key`, or ValidationFailed naming the key; ServiceError for an unknown key."""
    known = KNOWN.get(key)
    if known is None:
        raise Refused("setting.unknown", key=key, known=list(KNOWN))
    if known.low is None:
        return text.strip() or None
    try:
        number = int(text.strip())
    except ValueError:
        raise ValidationFailed([FieldError.of(key, key, "int_parsing")]) from None
    if not known.low <= number <= (known.high or number):
        raise ValidationFailed([FieldError.of(key, key, "setting.range", low=known.low, high=known.high)])
    return number


def change_known(db: Database, actor: Actor, changes: dict[str, str]) -> Done[None]:
    """Set several known settings from text, all or none (office fields through the letterhead record)."""
    from models.schemas.validation import validate  # pydantic: not for the commands that only read
    from models.services import directory

    numbers = {key: checked(key, text) for key, text in changes.items()}
    due_soon = numbers.get(FOLLOW_UP_DUE_SOON, read(db, FOLLOW_UP_DUE_SOON))
    overdue = numbers.get(FOLLOW_UP_OVERDUE, read(db, FOLLOW_UP_OVERDUE))
    if {FOLLOW_UP_DUE_SOON, FOLLOW_UP_OVERDUE} & set(numbers) and int(due_soon) > int(overdue):
        raise ValidationFailed([FieldError.of(FOLLOW_UP_DUE_SOON, FOLLOW_UP_DUE_SOON, "setting.due_soon_above_overdue")])
    office = {k.removeprefix("office."): v for k, v in numbers.items() if k.startswith("office.")}
    with writing(db, actor) as session:
        require(actor, Role.admin, doing="change the office's settings")
        for key, new in numbers.items():
            if key.startswith("office."):
                continue
            old = value(session, key)
            if old != new:
                session.merge(Setting(key=key, value=new))
                audit.record(session, actor.user_id, "change", "settings", None, changes={key: [old, new]})
        if office:
            before = directory.office_in(session)
            if not ((before.model_dump() if before else {}) | office).get("name"):
                raise ValidationFailed([FieldError.of("office.name", "office.name", "office.name_first")])
            data = validate(directory.OfficeIn, (before.model_dump() if before else {}) | office)
            session.merge(Setting(key=directory.OFFICE_SETTING, value=data.model_dump()))
            audit.record(session, actor.user_id, "change", "settings", None, key=directory.OFFICE_SETTING,
                         changes=audit.changes(before.model_dump() if before else {}, data.model_dump()))
        return done(session, None, Changes(settings=True, directory=bool(office)))
