"""Issue 29 item 5: a referral letter for an identified victim cites that victims of trafficking with irregular
status are exempt from custodial measures (Law on Migration, Art. 60-1 [000:L538]), in Russian, Kazakh and
English; not for a presumed victim, and never when the consent does not cover the assessment."""
from __future__ import annotations

import pytest

from models.clock import today
from models.services import referral_letters, screening
from tests.letters.conftest import pdf_text, refer

ALL = ["identity", "documents", "contact", "migration", "assessment", "situation"]
SAID = {"ru": ("Закон Республики Казахстан «О миграции населения»", "статья 60-1", "мер, связанных с "
               "лишением свободы"),
        "kk": ("«Халықтың көші-қоны туралы» Заңы", "60-1-бап", "бас бостандығынан айыруға"),
        "en": ("Law of the Republic of Kazakhstan \"On Population Migration\"", "Article 60-1", "custodial measures")}


def identified(db, actor, case) -> None:
    screening.record_assessment(db, actor, {"case_id": case.id, "assessed_on": today(), "outcome": "identified_victim",
                                            "assessed_by": "police", "assessor": "ДПТЛ МВД"})


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_an_identified_victims_letter_cites_the_exemption(db, actor, survivor, iom, lang) -> None:
    _, case = survivor
    identified(db, actor, case)
    sent = refer(db, actor, case, iom, ALL, ALL)
    text = " ".join(pdf_text(referral_letters.letter(db, actor, sent.id, lang)).split())
    for words in SAID[lang]:
        assert words in text, words


def test_not_for_a_presumed_victim_nor_without_the_assessment_in_the_consent(db, actor, survivor, iom) -> None:
    _, case = survivor
    presumed = refer(db, actor, case, iom, ALL, ALL)
    assert "60-1" not in pdf_text(referral_letters.letter(db, actor, presumed.id, "ru"))
    identified(db, actor, case)
    without = refer(db, actor, case, iom, ["identity", "situation"], ["identity", "situation"])
    assert "60-1" not in pdf_text(referral_letters.letter(db, actor, without.id, "ru"))
