"""The office's own routes: enrolment, the accounts a laptop needs, each device's audit trail, rule versions.

`POST /enrol {user_name, password, device_name}` -> `{device_id, token, office_name, user, accounts}`
`GET /accounts` -> `{accounts: [...]}` (see models.server.accounts)
`POST /audit {anchor: {count, head}, entries: [...]}` -> `{ok, count, last_hash, problem}` (models.server.audit)
`GET /rules` -> `{rule_versions: [...]}`: the rule versions an administrator added at the office
`POST /password {old_password, new_password}` -> `{changed: true}`: the device's user changes her password at
the office (a laptop's own change would be overwritten by the office's accounts at the next sync)
`GET /reports/statistics?first=DATE&last=DATE` -> the statistics of the period over the office's cases, as the
device's user may count them (a supervisor the whole office, a caseworker her own cases; others refused)
"""
from __future__ import annotations

import threading
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute

from models.audit_chain import Anchor
from models.server import accounts, devices
from models.server import audit as trail
from models.server.app import ApiError, busy, checked, device_of, office_name, office_of, route
from models.server.bodies import AuditBody, EnrolBody, PasswordBody


def routes() -> list[BaseRoute]:
    return [route("/enrol", enrol, ["POST"], public=True), route("/accounts", accounts_route, ["GET"]),
            route("/audit", audit_route, ["POST"]), route("/rules", rules_route, ["GET"]),
            route("/password", password_route, ["POST"]),
            route("/reports/statistics", statistics_route, ["GET"])]


# Sign-ins at /enrol hashed at once. Anyone who can reach the office may call it, and each Argon2 hash takes
# a core for a while: six callers at once slowed a laptop's push 15x on two cores. An enrolment happens once
# per laptop, so one at a time is plenty; the others are told to come back ("busy"), as pulls are.
_signing_in = threading.BoundedSemaphore(1)
SIGN_IN_WAIT = 5.0


def enrol(request: Request) -> Any:
    from models.services.accounts import LoginRefused

    body: EnrolBody = checked(request)
    office = office_of(request)
    if not _signing_in.acquire(timeout=SIGN_IN_WAIT):
        return busy()
    try:
        enrolled = devices.enrol(office, body.user_name, body.password, body.device_name or "laptop")
    except LoginRefused as refused:
        raise ApiError(403, "sign_in_refused", str(refused)) from None
    finally:
        _signing_in.release()
    served = accounts.accounts_for(office, enrolled.user_id)
    user = next(a for a in served if a["id"] == str(enrolled.user_id))
    return {"device_id": str(enrolled.device_id), "token": enrolled.token, "office_name": office_name(office),
            "user": user, "accounts": served}


def accounts_route(request: Request) -> dict[str, Any]:
    device = device_of(request)
    return {"accounts": accounts.accounts_for(office_of(request), device.user_id)}


def audit_route(request: Request) -> dict[str, Any]:
    device = device_of(request)
    body: AuditBody = checked(request)
    anchor = Anchor(body.anchor.count, body.anchor.head) if body.anchor is not None else None
    entries = [entry.model_dump(mode="json") for entry in body.entries]
    try:
        answer = trail.receive(office_of(request), device.id, anchor, entries,
                               body.anchor.digest if body.anchor is not None else None)
    except trail.BadTrail as error:
        raise ApiError(400, "bad_request", f"The audit entries were refused: {error}.") from None
    return answer.as_json()


def rules_route(request: Request) -> dict[str, Any]:
    device_of(request)
    from sqlalchemy import select

    from models.entities import RuleVersionRecord

    with office_of(request).reading() as session:
        rows = session.scalars(select(RuleVersionRecord).order_by(RuleVersionRecord.rule,
                                                                  RuleVersionRecord.effective_from))
        return {"rule_versions": [rule_version_json(row) for row in rows]}


RULE_FIELDS = ("rule", "params", "effective_from", "effective_to", "citation", "verification", "created_at",
               "updated_at", "version", "archived_at")


def rule_version_json(row: Any) -> dict[str, Any]:
    import datetime as dt

    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value

    return {"id": str(row.id), **{name: plain(getattr(row, name)) for name in RULE_FIELDS}}


def password_route(request: Request) -> dict[str, Any]:
    from models.services import accounts as office_accounts
    from models.services.accounts import LoginRefused
    from models.services.errors import ValidationFailed

    device = device_of(request)
    body: PasswordBody = checked(request)
    try:
        office_accounts.change_password(office_of(request), device.actor, {
            "old_password": body.old_password, "new_password": body.new_password})
    except LoginRefused as locked:  # too many wrong passwords: locked as a sign-in would be
        raise ApiError(403, "password_locked", str(locked)) from None
    except ValidationFailed as refused:
        raise ApiError(400, "password_refused", "; ".join(str(e) for e in refused.errors)) \
            from None
    return {"changed": True}


def statistics_route(request: Request) -> dict[str, Any]:
    from models.reports.statistics import statistics
    from models.services.errors import PermissionDenied, Refused

    device = device_of(request)
    query = checked(request)
    try:
        report = statistics(office_of(request), device.actor, query.first, query.last, via="office")
    except PermissionDenied as refused:  # audited by the service
        raise ApiError(403, "refused", str(refused)) from None
    except Refused as refused:
        raise ApiError(400, "bad_request", str(refused)) from None
    return report.as_json()
