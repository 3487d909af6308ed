"""What the rule engine needs to know about one person (RULES.md sections 2-4).

Plain frozen dataclasses, no validation: the database services build them
straight from ORM rows, and `models.schemas.situation` validates JSON input
before building them. The engine assumes valid data (exit >= entry, and so on).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date

from models.kinds import PermitKind, StayBasis

# How the person is in the country, and the documents with a validity period, as the rules compare them.
BASES = tuple(basis.value for basis in StayBasis)
PERMIT_KINDS = tuple(kind.value for kind in PermitKind)

# The kinds of identity document a person's record holds (models.entities.persons.DocumentKind; the rules
# must not import the database's entities): which of them count for document.expiry is rule data.
DOCUMENT_KINDS = ("passport", "id_card", "travel_document", "refugee_travel_document", "stateless_travel_document",
                  "birth_certificate", "other")

# Categories that the 90/180 rule may exempt [002:L109-L120]; which of them are
# exempt, and from when, is rule data (`stay.exempt_categories`).
EXEMPT_CATEGORIES = ("aircraft_crew", "vessel_crew", "train_crew", "international_driver", "courier",
                     "escort_officer", "official_delegation", "cross_border_facility", "leased_territory")


@dataclass(frozen=True, slots=True)
class Stay:
    """One entry into Kazakhstan; `exit` is None while the person is still in the country."""

    entry: date
    exit: date | None
    basis: str


@dataclass(frozen=True, slots=True)
class Registration:
    """Registration of the place of stay, on `date`."""

    date: date


@dataclass(frozen=True, slots=True)
class Permit:
    """A document valid from `valid_from` to `valid_to`, both included (None: no end)."""

    kind: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class IdentityDocument:
    """A passport, ID card or travel document of `kind`, valid to `expires_on` included (None: not recorded)."""

    kind: str
    expires_on: date | None


@dataclass(frozen=True, slots=True)
class Contract:
    """An employment or civil contract from `start` to `end`, both included (None: open-ended)."""

    start: date
    end: date | None


@dataclass(frozen=True, slots=True)
class AsylumClaim:
    """An application for refugee status, registered on `registered` (None: the person seeks asylum and has not
    applied yet, which starts asylum.apply_by)."""

    registered: date | None
    decided: date | None = None


@dataclass(frozen=True, slots=True)
class RefugeeStatus:
    """Refugee status granted on `recognized`, valid to `valid_to` (None: not recorded)."""

    recognized: date
    valid_to: date | None = None
    certificate_issued: date | None = None


@dataclass(frozen=True, slots=True)
class Expulsion:
    """An expulsion on `date`; `ban_until` overrides the default ban end for this case."""

    date: dt.date
    ban_until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Proceeding:
    """An administrative decision against the person on `decided`, appealed on `appealed` (None: not yet)."""

    decided: date
    appealed: date | None = None


@dataclass(frozen=True, slots=True)
class Situation:
    """Everything the rules look at for one person."""

    citizenship: str
    stays: tuple[Stay, ...] = ()
    registrations: tuple[Registration, ...] = ()
    permits: tuple[Permit, ...] = ()
    contracts: tuple[Contract, ...] = ()
    exempt_category: str | None = None
    asylum: AsylumClaim | None = None
    refugee: RefugeeStatus | None = None
    expulsion: Expulsion | None = None
    planned_entry: date | None = None
    documents: tuple[IdentityDocument, ...] = ()
    proceedings: tuple[Proceeding, ...] = ()
