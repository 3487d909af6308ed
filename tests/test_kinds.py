"""Stay bases and permit kinds are defined once (models.kinds); every place that words them knows each one."""
from __future__ import annotations

import datetime as dt
import tomllib

from models.entities import PermitKind as StoredPermitKind
from models.entities import StayBasis as StoredBasis
from models.kinds import PermitKind, StayBasis
from models.paths import resource
from models.rules import dates, messages, situation
from models.schemas.records import PermitIn, StayIn


def test_one_definition_under_the_entities_the_rules_and_the_schemas() -> None:
    assert StoredBasis is StayBasis and StoredPermitKind is PermitKind
    assert situation.BASES == tuple(b.value for b in StayBasis)
    assert situation.PERMIT_KINDS == tuple(k.value for k in PermitKind)
    assert StayIn.model_fields["basis"].annotation is StayBasis
    assert PermitIn.model_fields["kind"].annotation is PermitKind


def test_every_kind_has_its_words_in_the_explanations_and_the_letters() -> None:
    letter = tomllib.loads(resource("letters", "referral.toml").read_text(encoding="utf-8"))
    for lang in ("en", "ru", "kk"):
        assert set(PermitKind) <= set(messages.DOCUMENTS[lang]), lang
        assert set(PermitKind) <= set(letter[lang]["permit_kinds"]), lang
        assert set(StayBasis) <= set(letter[lang]["basis"]), lang


def test_due_soon_is_seven_days_in_one_place() -> None:
    assert dates.DUE_SOON_DAYS == 7
    as_of = dt.date(2024, 5, 10)
    ladder = [dates.status_of(as_of + dt.timedelta(days=d), as_of, False) for d in (-1, 0, 7, 8)]
    assert ladder == ["overdue", "due_soon", "due_soon", "ok"]
