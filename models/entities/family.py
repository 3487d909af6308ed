"""Families: one person linked to another (parent, child, spouse, sibling, guardian, ward, other).

A link is stored once, from one side: `relation` is what the relative is to the person ("the
relative is the person's child"). From the relative's side it reads the other way (`inverse`):
the person is the relative's parent. Families arrive together and children travel with adults who
are not always their parents [001:L73, 000:L546], so a guardian is a relation of its own.
"""
from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.entities.base import Record
from models.kinds import StrEnum


class Relation(StrEnum):
    parent = "parent"
    child = "child"
    spouse = "spouse"
    sibling = "sibling"
    guardian = "guardian"
    ward = "ward"  # under the person's guardianship
    other = "other"


INVERSE: dict[Relation, Relation] = {
    Relation.parent: Relation.child, Relation.child: Relation.parent,
    Relation.guardian: Relation.ward, Relation.ward: Relation.guardian,
    Relation.spouse: Relation.spouse, Relation.sibling: Relation.sibling, Relation.other: Relation.other,
}


def inverse(relation: Relation) -> Relation:
    """What the person is to the relative, when the relative is `relation` to the person."""
    return INVERSE[Relation(relation)]


class FamilyLink(Record):
    __tablename__ = "family_links"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    relative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("persons.id"), index=True)
    relation: Mapped[Relation]
    note: Mapped[str | None] = mapped_column(String(500))
