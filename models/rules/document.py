"""document.expiry — the person's main identity document stops being valid (issue 28 item 5).

A foreigner in Kazakhstan is registered on their identity documents [001:L100] and, to use civil
registration and other services, a temporary resident shows an identity document issued by their country
of origin [000:L348]: an expired passport is a deadline like a permit's, `due = expires_on`, with its
alert. Which documents count as identity documents is a parameter (`kinds`).

Decisions (RULES.md does not have this rule yet):
- One obligation per person, for the main identity document: of the documents of the listed kinds with
  a recorded end date, the one valid longest (an old passport replaced by a new one raises nothing).
  A document without an end date is not known to expire and is left out (it does not hide the others).
- The version is the one in force on `expires_on` (the event); a kind it does not list is no identity
  document for it.
- Met, as for a permit, when no longer due: the person left Kazakhstan on or before `expires_on` and the
  recorded stays do not put them in the country on the day after (`permit.left_before`).
"""
from __future__ import annotations

from datetime import date

from models.rules.dates import DUE_SOON_DAYS
from models.rules.obligation import Obligation
from models.rules.permit import left_before
from models.rules.ruleset import RuleSet, RuleVersion
from models.rules.situation import Situation

RULE = "document.expiry"


def document_obligation(situation: Situation, ruleset: RuleSet, as_of: date,
                        due_soon_days: int = DUE_SOON_DAYS) -> Obligation | None:
    """The expiry of the person's main identity document, or None when no listed document has an end date.

    Each document's kind is checked against the version in force on its own end date."""
    found: tuple[date, str, RuleVersion] | None = None  # (end date, kind, version) of the main document
    for document in situation.documents:
        expires_on = document.expires_on
        if expires_on is None or expires_on == date.max or (found is not None and expires_on <= found[0]):
            continue  # no end recorded (9999-12-31: a database's "no end"), or not the longest valid
        in_force = ruleset.version_for(RULE, expires_on)
        if in_force is not None and document.kind in in_force.params["kinds"]:
            found = (expires_on, document.kind, in_force)
    if found is None:
        return None
    expires_on, kind, version = found
    fragments = [("document_expiry", {"kind": kind, "due": expires_on})]
    left = left_before(situation.stays, expires_on, as_of)
    if left is not None:
        fragments.append(("left_before_expiry", {"exit": left}))
    return Obligation.make(version, expires_on, as_of, left is not None, due_soon_days, *fragments)
