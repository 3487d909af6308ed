"""The region an address lies in, and regions as typed."""
from __future__ import annotations

import pytest

from models import regions


@pytest.mark.parametrize("address,region", [
    ("Карагандинская обл., г. Караганда, ул. Ленина, д. 5", "Карагандинская обл."),
    ("г. Алматы, пр. Абая, д. 10, кв. 4", "г. Алматы"),
    ("Алматинская обл., г. Конаев, ул. Абая 2", "Алматинская обл."),  # the region, not the city of Almaty
    ("область Абай, г. Семей, ул. Интернациональная", "область Абай"),
    ("Almaty, Abay avenue 10", "г. Алматы"),
    ("Астана қаласы, Мәңгілік Ел 5", "г. Астана"),
    ("ул. Алматинская 5, Караганда", "Карагандинская обл."),  # a street named after a region is a street
    ("Shymkent", "г. Шымкент"),
    ("Казахстан", None),
    (None, None),
])
def test_region_of_an_address(address, region) -> None:
    assert regions.region_of(address) == region


def test_every_stored_name_is_its_own_canonical_form_and_has_labels() -> None:
    assert len(regions.NAMES) == 20
    for name in regions.NAMES:
        assert regions.canonical(name) == name
        assert regions.label(name, "en") and regions.label(name, "kk") and regions.label(name, "ru")
        # Russian reads the stored name, in Russian letters (the official "область Ұлытау" has Kazakh ones),
        # and that reading finds its way back to the stored name.
        assert regions.canonical(regions.label(name, "ru")) == name
        assert not set("әғқңөұүһі") & set(regions.label(name, "ru").lower())
    assert regions.canonical("Almaty city") == "г. Алматы"
    assert regions.canonical("Нур-Султан") == "г. Астана"
    assert regions.canonical("Atlantis") is None
