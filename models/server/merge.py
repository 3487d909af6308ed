"""The office applies a laptop's push as the device's user, change by change, checked as a click is.

The changes are applied in order, each once (together in one savepoint; a change the database refuses
undoes its part, see `apply_push`), by the rules the services apply to the same write (STYLE.md, "From
ODK Central and CommCare"):
- the author is the device's user, never the `made_by` the laptop sends: the record's `updated_by` /
  `created_by` (and a share's or event's author) are hers, and so is the office's audit entry;
- the permissions of `models.services.permissions` for the row as the office holds it, and for every row
  the new values point to (a case's person, a note's case, a document's person, a case's caseworker);
  office-wide tables (the directory, the quota) only from the roles their services allow;
- the values validated by the services' pydantic schema of the table, on the row as it will be;
- one audit entry per change at the office, as the service writes it.

What a push may not do is refused: kept whole with the reason in words in `sync_applied.refused` (a
re-sent change gets the same answer), never applied, and reported to the laptop, which keeps it for the
window to show. A change the database itself cannot take (a unique number taken meanwhile, a row that
points to nothing) is refused the same way. Neither stops the changes behind it.

An edit of a record its author may no longer edit (the case was reassigned away or made sensitive since)
is not a refusal: the edit was hers to make when she made it, so it is set aside as a conflict for
whoever may see the record now (`merge_row` in models.sync.office). An edit of a record that was never
hers (a forged push) is refused (`refuse_unless_once_hers`). Conflict records are the office's own: a
laptop may only resolve one it sees, and the first resolution to reach the office is the one kept.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from models.clock import today, utcnow
from models.entities import Role
from models.server import person_merges
from models.services import trail as audit
from models.services.errors import NotFound, PermissionDenied, Refused, ServiceError
from models.services.permissions import check_case, check_person, has, require
from models.sync import log
from models.sync.office import (
    CURRENT,
    DISPUTED,
    SEEN,
    Device,
    RowMissing,
    merge_row,
    prefetch,
    restamp,
    sees,
    visible,
)
from models.sync.tables import BY_NAME, SyncTable, decode_row, encode

# Who may write each office-wide table: the roles its service requires (models.services.directory, quota).
OFFICE_ROLES: dict[str, tuple[tuple[Role, ...], str]] = {
    "organisations": ((Role.admin, Role.supervisor), "change the service directory"),
    "employers": ((Role.caseworker, Role.supervisor, Role.admin), "record an employer"),
    "quota_allocations": ((Role.supervisor, Role.admin), "change the labour quota"),
    "employer_headcounts": ((Role.supervisor, Role.admin), "record an employer's staff"),
}
# The columns that name who wrote a row: always the device's user at the office.
AUTHOR_COLUMNS = ("created_by", "updated_by", "shared_by", "by")
# Of a conflict record, what a laptop may change: its resolution.
RESOLUTION = frozenset({"resolved_at", "resolved_by", "choice"})


@dataclass(frozen=True)
class PushResult:
    applied: list[str]  # every change id the office has dealt with (applied, merged or refused)
    conflicts: int
    refused: list[dict[str, Any]] = field(default_factory=list)  # {change_id, table, row_id, reason}


class NotAllowed(Exception):
    """A change the push may not make; `str()` says why, in words."""


def _schemas() -> dict[str, Any]:
    """The services' input schema of each table a laptop writes (what its service validates)."""
    from models.schemas import case_services, cases, family, persons, quota, records, trafficking

    return {"persons": persons.PersonIn, "identity_documents": persons.DocumentIn, "stays": records.StayIn,
            "registrations": records.RegistrationIn, "permits": records.PermitIn, "contracts": records.ContractIn,
            "asylum_claims": records.AsylumClaimIn, "refugee_statuses": records.RefugeeStatusIn,
            "expulsions": records.ExpulsionIn, "proceedings": records.ProceedingIn, "employers": records.EmployerIn, "cases": cases.CaseIn,
            "notes": cases.NoteIn, "assessments": trafficking.AssessmentIn, "organisations": trafficking.OrganisationIn,
            "quota_allocations": quota.QuotaAllocationIn, "employer_headcounts": quota.EmployerHeadcountIn,
            "family_links": family.FamilyLinkIn,
            "case_services": case_services.ServiceIn,
            "trafficking_facts": trafficking.TraffickingFactsIn}


_SCHEMAS: dict[str, Any] = {}


def apply_push(session: Session, device: Device, changes: list[dict[str, Any]]) -> PushResult:
    """Apply a batch in order, none blocking another; a change id dealt with before gets the same answer."""
    conn = session.connection()
    ids = [uuid.UUID(c["change_id"]) for c in changes]
    earlier = {row.change_id: row.refused for row in conn.execute(
        text("SELECT change_id, refused FROM sync_applied WHERE change_id = ANY(:ids)"), {"ids": ids})}
    conn.execute(text("SET LOCAL jit = off"))  # see models.sync.office.pull
    todo = [(i, c) for i, c in zip(ids, changes, strict=True) if i not in earlier]
    refused = [{"change_id": str(i), "table": c.get("table"), "row_id": c.get("row_id"), "reason": earlier[i]}
               for i, c in zip(ids, changes, strict=True) if earlier.get(i)]
    found: dict[uuid.UUID, int] = {}
    reasons: dict[uuid.UUID, str] = {}
    conn.info.pop(SEEN, None)
    prefetch(conn, [c for _, c in todo])
    person_merges.prefetch(conn, [c for _, c in todo])
    conn.info[log.PENDING] = []

    def refuse(change_id: uuid.UUID, change: dict[str, Any], reason: str) -> None:
        reasons[change_id] = reason
        restamp(conn, str(change.get("table")), change.get("row_id"))
        audit.record(session, device.actor.user_id, "sync_refused", str(change.get("table"))[:40],
                     _uuid_or_none(change.get("row_id")), device=device.name, change=str(change_id), reason=reason)

    # Each part of the batch in one savepoint, each change run once: a change the rules refuse raises before
    # it writes anything (models.sync.office.merge_row), so it is refused in place. Only a change the
    # database refuses undoes its part: the changes before it are made again together, it is tried alone,
    # and those after it form the next part.
    parts = [todo] if todo else []
    try:
        while parts:
            part = parts.pop(0)
            stamped, at = len(conn.info[log.PENDING]), 0
            try:
                with session.begin_nested():
                    for index, (change_id, change) in enumerate(part):
                        at = index  # where the part stopped, if the database refuses this one
                        try:
                            found[change_id] = _apply(session, device, change)
                        except (NotAllowed, RowMissing, ServiceError) as refusal:
                            refuse(change_id, change, str(refusal))
            except Exception as error:  # noqa: BLE001 - whatever the database refuses is kept, never blocking
                for change_id, _change in part:  # rolled back: its outcomes, stamps and rows read are stale
                    found.pop(change_id, None)
                    reasons.pop(change_id, None)
                del conn.info[log.PENDING][stamped:]
                # read again when needed (DISPUTED: every row then)
                for key in (CURRENT, SEEN, DISPUTED, person_merges.KEPT):
                    conn.info.pop(key, None)
                if len(part) == 1:
                    refuse(part[0][0], part[0][1], _database_refusal(error))
                else:
                    parts[:0] = [p for p in (part[:at], part[at:at + 1], part[at + 1:]) if p]
        log.flush(conn)
    finally:
        for key in (SEEN, CURRENT, DISPUTED, log.PENDING, person_merges.KEPT):
            conn.info.pop(key, None)
    if found or reasons:
        now = utcnow()
        sent = dict(zip(ids, changes, strict=True))
        conn.execute(text("INSERT INTO sync_applied (change_id, device_id, applied_at, conflicts, refused, change) "
                          "VALUES (:c, :d, :at, :n, :r, CAST(:change AS JSON))"),
                     [{"c": i, "d": device.id, "at": now, "n": found.get(i, 0), "r": reasons.get(i),
                       "change": json.dumps(sent[i]) if i in reasons else None} for i in [*found, *reasons]])
    refused += [{"change_id": str(i), "table": c.get("table"), "row_id": c.get("row_id"), "reason": reasons[i]}
                for i, c in zip(ids, changes, strict=True) if i in reasons]
    return PushResult([str(i) for i in ids], sum(found.values()), refused)


def _uuid_or_none(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _database_refusal(error: Exception) -> str:
    """A database error in words, without the values (they may be a person's data)."""
    from sqlalchemy.exc import IntegrityError

    if isinstance(error, IntegrityError):
        words = str(getattr(error, "orig", error)).lower()
        if "foreign key" in words:
            return "The office could not save this change: a record it refers to is not at the office."
        if "unique" in words or "duplicate" in words:
            return "The office could not save this change: a number or name in it is already taken."
        return "The office could not save this change: it does not fit the office's records."
    return f"The office could not save this change ({type(error).__name__})."


def _apply(session: Session, device: Device, change: dict[str, Any]) -> int:
    spec = BY_NAME.get(str(change.get("table")))
    if spec is None:
        raise NotAllowed(f"'{change.get('table')}' is not a table the office keeps.")
    if not spec.pushed:
        raise NotAllowed("Accounts are changed at the office only.")
    operation = change.get("operation")
    if operation not in ("insert", "update", "delete"):
        raise NotAllowed(f"'{operation}' is not a change the office knows.")
    actor = device.actor
    if spec.name == "sync_conflicts":
        return _resolution(session, device, change)
    if spec.owner == "office":
        roles, doing = OFFICE_ROLES.get(spec.name, ((Role.admin,), "change the office's details"))
        require(actor, *roles, doing=doing)
    conn = session.connection()
    new = decode_row(spec, change.get("new") or {})
    change = person_merges.redirect(conn, spec, change, new)
    if operation != "delete":
        for column in AUTHOR_COLUMNS:  # nothing the laptop claims about who wrote it is taken on trust
            if column in spec.table.c and (operation == "insert" or column in new or column == "updated_by"):
                new[column] = actor.user_id
    if spec.name == "referrals" and operation == "insert":
        _own_reference(session, new)
    change = change | {"new": {k: encode(v) for k, v in new.items()}, "made_by": encode(actor.user_id)}
    merging = person_merges.merging(conn, spec, change)
    merged = merge_row(conn, device, spec, change, check=lambda current, values: _check(
        session, actor, spec, operation, current, values))
    if merged.action:
        audit.record(session, actor.user_id, merged.action, spec.name, uuid.UUID(change["row_id"]),
                     device=device.name, change=change["change_id"], **merged.details)
    if merging is not None:
        return merged.conflicts + person_merges.sweep(session, device, change, merging)
    return merged.conflicts


def _own_reference(session: Session, new: dict[str, Any]) -> None:
    """A referral made offline took its laptop's next reference number, which another laptop's referral may
    hold at the office already: the office numbers it anew, and the laptop pulls the new number back."""
    from models.services.referrals import next_reference

    reference = new.get("reference")
    if not reference:
        return
    taken = session.connection().execute(text("SELECT id FROM referrals WHERE reference = :r"),
                                         {"r": reference}).scalar()
    if taken is None or taken == new.get("id"):
        return
    parts = str(reference).rsplit("-", 2)
    year = int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else today().year
    new["reference"] = next_reference(session, year)


def _check(session: Session, actor: Any, spec: SyncTable, operation: str, current: dict[str, Any] | None,
           values: dict[str, Any]) -> None:
    """The services' checks of this write: what the new values point to, and the values themselves
    (`values`: the row as it will be). The row as the office holds it was checked by merge_row."""
    conn = session.connection()
    if spec.name == "case_shares":
        _may_share(conn, actor, values.get("case_id"), adding=operation == "insert")
    if spec.name == "persons":
        person_merges.check(actor, current, values)
    if operation == "delete" or spec.owner == "office" and spec.name not in _schemas():
        return
    if not has(actor, Role.supervisor):
        if not has(actor, Role.caseworker) and spec.owner != "office":
            require(actor, Role.caseworker, Role.supervisor, doing="open or edit a case")
        person_id, case_id = values.get("person_id"), values.get("case_id")
        if spec.owner in ("screening", "referral"):
            parent = "screenings" if spec.owner == "screening" else "referrals"
            parent_id = values.get("screening_id" if spec.owner == "screening" else "referral_id")
            case_id = conn.execute(text(f"SELECT case_id FROM {parent} WHERE id = :id"), {"id": parent_id}).scalar()
            if case_id is None:
                raise NotFound("record.not_found", what=parent.removesuffix("s"))
        if spec.owner in ("person", "itself_case") and person_id is not None \
                and not sees(conn, actor, "persons", person_id):
            check_person(session, actor, person_id)  # raises, in the service's words
        relative_id = values.get("relative_id") if spec.name == "family_links" else None
        if relative_id is not None and not sees(conn, actor, "persons", relative_id):
            check_person(session, actor, relative_id)  # a caseworker links only persons she may see
        if spec.owner not in ("itself_case", "itself_person", "person", "office") and case_id is not None \
                and not sees(conn, actor, "cases", case_id):
            check_case(session, actor, case_id)
        if spec.name == "cases":
            before = current.get("caseworker_id") if current is not None else actor.user_id
            if values.get("caseworker_id") not in (None, before):
                raise PermissionDenied("case.assign_needs_supervisor", action="reassign a case", entity="cases",
                                       record_id=values.get("id"))
    if spec.name == "family_links" and operation == "insert":
        _linked_once(conn, values)
    schema = (_SCHEMAS or _SCHEMAS.update(_schemas()) or _SCHEMAS).get(spec.name)
    if schema is not None:
        from models.schemas.validation import validate

        checked = validate(schema, {name: values[name] for name in schema.model_fields if name in values})
        if spec.name == "cases":  # who referred the person: what the case's service checks beyond its schema
            from models.services import referred

            referred.check(session, checked, _Row(current) if current is not None else None)


class _Row:
    """The row as the office holds it, read by attribute as the services read a stored record."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def _linked_once(conn: Any, values: dict[str, Any]) -> None:
    """As models.services.family: two persons are linked once. Two laptops that linked the same pair offline
    each made a link of their own: the first to reach the office is kept, the second refused in words."""
    a, b = values.get("person_id"), values.get("relative_id")
    taken = conn.execute(text("SELECT id FROM family_links WHERE archived_at IS NULL AND id <> :id AND "
                              "((person_id = :a AND relative_id = :b) OR (person_id = :b AND relative_id = :a))"),
                         {"id": values.get("id"), "a": a, "b": b}).first()
    if taken is not None:
        raise Refused("family.already_linked")


def _may_share(conn: Any, actor: Any, case_id: Any, *, adding: bool) -> None:
    """As models.services.cases.share_case: the case's own caseworker or a supervisor shares (or unshares)
    it, and a sensitive case is never shared."""
    case = conn.execute(text("SELECT caseworker_id, sensitive FROM cases WHERE id = :id"), {"id": case_id}).first()
    if case is None:
        raise NotFound("record.not_found", what="case")
    if not has(actor, Role.supervisor) and case.caseworker_id != actor.user_id:
        raise PermissionDenied("case.share_not_yours", action="share a case", entity="cases", record_id=case_id)
    if adding and case.sensitive:
        raise Refused("case.share_sensitive")


def _resolution(session: Session, device: Device, change: dict[str, Any]) -> int:
    """A laptop resolved a conflict: kept if the conflict is open and its user may see it; a conflict
    resolved already (on another laptop first) keeps its first resolution, and the laptop pulls it."""
    if change.get("operation") != "update":
        raise NotAllowed("Conflicts are recorded by the office; a laptop may only resolve one.")
    spec = BY_NAME["sync_conflicts"]
    t = spec.table
    new = decode_row(spec, change.get("new") or {})
    if set(new) - RESOLUTION - {"id", "version", "updated_at", "updated_by"}:
        raise NotAllowed("Only the resolution of a conflict can be changed on a laptop.")
    row_id = uuid.UUID(change["row_id"])
    conn = session.connection()
    held = conn.execute(select(t).where(t.c.id == row_id, visible(spec, device.actor)).with_for_update()).first()
    if held is None:
        raise NotFound("conflict.not_found")
    if held.resolved_at is not None or new.get("resolved_at") is None:
        log.stamp(conn, [{"table_name": spec.name, "row_id": row_id, "case_id": held.case_id,
                          "person_id": held.person_id}])  # the laptop pulls the resolution kept
        return 0
    choice = new.get("choice")
    if choice not in ("kept", "other"):
        raise NotAllowed("A conflict is resolved by keeping one of its two values.")
    now = utcnow()
    made_at = new.get("resolved_at")
    conn.execute(update(t).where(t.c.id == row_id).values(
        resolved_at=made_at if isinstance(made_at, dt.datetime) else now, resolved_by=device.actor.user_id,
        choice=choice, updated_by=device.actor.user_id, updated_at=now, version=held.version + 1))
    log.stamp(conn, [{"table_name": spec.name, "row_id": row_id, "case_id": held.case_id,
                      "person_id": held.person_id, "device": device.name}])
    audit.record(session, device.actor.user_id, "resolve_conflict", held.table_name, held.row_id,
                 field=held.field, choice=choice, conflict=str(row_id), device=device.name)
    return 0


# --- the route (mounted by models.server.app) ------------------------------------------------------

def _push_route(request: Any) -> dict[str, Any]:
    from models.server.app import ApiError, body_of, office_of
    from models.sync.office import device_of

    device = device_of(request)
    changes = body_of(request).get("changes")
    if not isinstance(changes, list):
        raise ApiError(400, "bad_request", "A push carries a list of changes.")
    with office_of(request).transaction() as session:
        result = apply_push(session, device, changes)
    return {"applied": result.applied, "conflicts": result.conflicts, "refused": result.refused}


def routes() -> list:
    from models.server.app import route

    return [route("/push", _push_route, ["POST"])]
