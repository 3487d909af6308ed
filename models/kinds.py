"""The words the whole core shares: how a person is in the country and which documents they hold.

Defined once, below the entities (stored by value), the rules (compared as text) and the
schemas (validated against them). A new basis or permit kind is added here and nowhere else.
"""
from __future__ import annotations

import enum


class StrEnum(str, enum.Enum):  # noqa: UP042 - enum.StrEnum would change str() of members
    """Stored by value (`"labour_migrant"`), so the database reads well without the code."""

    def __str__(self) -> str:
        return self.value


class StayBasis(StrEnum):
    """How the person is in the country (RULES.md section 2).

    `unknown`: not recorded yet (an office's list imported without a basis, issue 28). The rules compute no
    stay deadline from it; the case and the supervisor's alerts say "basis of stay missing" until it is set.
    """

    visa_free = "visa_free"
    visa = "visa"
    residence_permit = "residence_permit"
    refugee = "refugee"
    asylum_seeker = "asylum_seeker"
    diplomatic = "diplomatic"
    other = "other"
    unknown = "unknown"


class PermitKind(StrEnum):
    """Documents with a validity period (RULES.md section 4)."""

    visa = "visa"
    temporary_residence = "temporary_residence"
    permanent_residence = "permanent_residence"
    work_permit = "work_permit"
    patent = "patent"
    refugee_certificate = "refugee_certificate"
    asylum_certificate = "asylum_certificate"


RESIDENCE_PERMITS = frozenset({PermitKind.temporary_residence, PermitKind.permanent_residence})
