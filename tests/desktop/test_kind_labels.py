"""Each stay basis and permit kind of models.kinds has its label on screen."""
from __future__ import annotations

from desktop import labels
from models.kinds import PermitKind, StayBasis


def test_every_basis_and_permit_kind_has_a_label(qapp) -> None:
    assert [k for k in (*StayBasis, *PermitKind) if k.value not in labels.VALUES] == []
