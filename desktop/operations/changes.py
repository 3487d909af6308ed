"""What a write changed. One signal carries it; each view decides what to refresh."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    case: bool = False  # a case was opened, edited or archived (the case list, the case view)
    person: bool = False  # names, documents: the case list, search, the case view's person
    history: bool = False  # stays, registrations, permits, ...: the timeline
    deadlines: bool = False  # obligations were recomputed: the deadlines panel, the list's deadline columns
    notes: bool = False
    attachments: bool = False
    referral: bool = False  # screening, assessment, consent or a referral of the case (its trafficking tab)
    person_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    case_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)

    def concerns(self, *, person_id: uuid.UUID | None = None, case_id: uuid.UUID | None = None) -> bool:
        """Whether a view of this person or case has anything to refresh (no ids: everyone)."""
        if not self.person_ids and not self.case_ids:
            return True
        return person_id in self.person_ids or case_id in self.case_ids

    def __or__(self, other: Changes) -> Changes:
        flags = {name: getattr(self, name) or getattr(other, name)
                 for name in ("case", "person", "history", "deadlines", "notes", "attachments", "referral")}
        return Changes(**flags, person_ids=self.person_ids | other.person_ids,
                       case_ids=self.case_ids | other.case_ids)
