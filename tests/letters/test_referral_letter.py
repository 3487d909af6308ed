"""The referral letter: names in Cyrillic and Kazakh letters, the services, and nothing beyond the consent."""
from __future__ import annotations

import datetime as dt

import pypdfium2
import pytest
from sqlalchemy import select

from models.clock import today
from models.entities import AuditEntry
from models.letters import referral as layout
from models.services import consent, directory, referral_letters, referrals
from models.services.base import Actor
from models.services.errors import PermissionDenied, ServiceError
from tests.letters.conftest import pdf_text, refer

ALL = ["identity", "documents", "contact", "migration", "assessment", "situation"]


def test_a_letter_with_full_consent_carries_the_person_and_the_services(db, actor, survivor, iom) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ALL, ALL)
    text = pdf_text(referral_letters.letter(db, actor, sent.id, "ru"))
    for expected in ("НАПРАВЛЕНИЕ", sent.reference, "МОМ, офис в Алматы", "303, Baizakov Street",
                     "Юсупова Гүлнора Рустамовна", "07.03.1994", "Узбекистан", "узбекский, русский", "FA7654321",
                     "+7 701 555 12 34", "безвизовый режим", "предполагаемая жертва торговли людьми",
                     "Приют (временное проживание)", "Юридическая помощь", "три месяца не платил",
                     "срочно", "Aigerim Nurlanovna", "Конфиденциально"):
        assert expected in text, expected


def test_nothing_beyond_the_consent_is_printed(db, actor, survivor, iom) -> None:
    _, case = survivor
    # The referral would share everything; the consent covers the name only.
    draft = refer(db, actor, case, iom, ALL, ["identity"], send=False)
    consent.record_consent(db, actor, {"case_id": case.id, "purpose": "share_data", "organisation_id": iom.id,
                                       "scope": ALL, "given_on": today() + dt.timedelta(days=1),
                                       "method": "verbal_with_witness", "witness": "W"})  # not yet in force
    text = pdf_text(referral_letters.letter(db, actor, draft.id, "ru", output="preview"))
    assert "Юсупова Гүлнора Рустамовна" in text and "ПРОЕКТ – НЕ ОТПРАВЛЕНО" in text
    for absent in ("FA7654321", "+7 701 555 12 34", "Алмалинский", "безвизовый", "жертва торговли людьми",
                   "три месяца", "Документы", "Телефон", "Пребывание"):
        assert absent not in text, absent
    # Services and urgency are not the person's data: they are always there.
    assert "Юридическая помощь" in text


def test_without_identity_the_bearer_is_named_by_the_reference_only(db, actor, survivor, iom) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["situation"], ["situation"], urgency="emergency")
    text = pdf_text(referral_letters.letter(db, actor, sent.id, "en"))
    assert "bearer of this letter" in text and "Юсупова" not in text and "1994" not in text
    assert "three" not in text and "три месяца не платил" in text  # the reason, as the caseworker wrote it
    assert "emergency – the person needs help today" in text


@pytest.mark.parametrize("lang,words", [
    ("kk", ("ЖОЛДАМА", "Тегі, аты, әкесінің аты", "Өзбекстан", "Баспана (уақытша тұру)", "Заң көмегі",
            "адам саудасының болжамды құрбаны", "Қолы", "Қабылдады", "Құпия")),
    ("ru", ("НАПРАВЛЕНИЕ", "Фамилия, имя, отчество", "Узбекистан", "Приют", "Подпись", "Принял(а)")),
    ("en", ("REFERRAL", "Full name", "Uzbekistan", "Shelter", "Legal aid", "Signature", "Received by")),
])
def test_each_language(db, actor, survivor, iom, lang, words) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ALL, ALL)
    text = pdf_text(referral_letters.letter(db, actor, sent.id, lang))
    for word in words:
        assert word in text, word
    assert "Юсупова Гүлнора Рустамовна" in text  # names as written, in every language


def test_every_kazakh_letter_is_in_the_embedded_font() -> None:
    office = layout.Party("Әлеуметтік Ғимарат Қамқор Ңң Өмір Ұлт Үміт Һ Іс")
    letter = layout.ReferralLetter(reference="QMQ-2026-0001", dated=dt.date(2026, 11, 20), office=office,
                                   recipient=layout.Party("IOM Astana"), services=("shelter",), urgency="routine",
                                   caseworker=layout.Party("Айгерім"))
    pdf = layout.render(letter, "kk")
    assert "Әлеуметтік Ғимарат Қамқор Ңң Өмір Ұлт Үміт Һ Іс" in pdf_text(pdf)
    assert b"/FontFile2" in pdf  # embedded TrueType (a subset), not a font the reader's machine must have
    assert pypdfium2.PdfDocument(pdf)[0].get_size() == pytest.approx((595.27, 841.89), abs=0.1)  # A4


def test_a_withdrawn_consent_stops_the_letter(db, actor, survivor, iom) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    (given,) = consent.consents_of(db, actor, case.id)
    consent.withdraw_consent(db, actor, given.id, given.version, {"withdrawn_on": today()})
    with pytest.raises(ServiceError, match="withdrew the consent"):
        referral_letters.letter(db, actor, sent.id, "ru")


def test_a_revoked_referral_has_no_letter(db, actor, survivor, iom) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    referrals.advance(db, actor, sent.id, sent.version, "revoked", {"on": today(), "note": "Found another place."})
    with pytest.raises(ServiceError, match="revoked"):
        referral_letters.letter(db, actor, sent.id, "ru")


def test_an_override_letter_says_so_and_carries_what_was_shared(db, actor, survivor, iom) -> None:
    _, case = survivor
    draft = refer(db, actor, case, iom, ["identity", "contact"], [], urgency="emergency", send=False)
    sent = referrals.send_referral(db, actor, draft.id, draft.version, {
        "sent_on": today(), "override_reason": "Injured, cannot sign; the shelter must know who is coming."}).value
    text = pdf_text(referral_letters.letter(db, actor, sent.id, "ru"))
    assert "экстренном порядке" in text and "+7 701 555 12 34" in text and "FA7654321" not in text
    assert "Injured" not in text  # the override's reason stays in the file, not on the letter


def test_letters_are_audited_with_what_they_carried(db, actor, survivor, iom) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity", "contact"], ["identity", "contact"])
    referral_letters.letter(db, actor, sent.id, "kk", output="preview")
    referral_letters.letter(db, actor, sent.id, "ru", output="print")
    referral_letters.letter(db, actor, sent.id, "en", output="file")
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.record_id == sent.id,
                                                           AuditEntry.action.in_(("view", "print", "export")))
                                  .order_by(AuditEntry.seq)).all()
    assert [(e.action, e.details["lang"], e.details["parts"]) for e in entries] == [
        ("view", "kk", ["identity", "contact"]), ("print", "ru", ["identity", "contact"]),
        ("export", "en", ["identity", "contact"])]
    assert all(e.user_id == actor.user_id for e in entries)


def test_someone_without_access_to_the_case_gets_no_letter(db, actor, survivor, iom) -> None:
    from models.services import accounts

    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    admin = Actor.of(accounts.create_account(db, Actor.system(), {
        "username": "admin", "full_name": "Admin", "role": "admin", "password": "correct horse battery"}).value)
    with pytest.raises(PermissionDenied):
        referral_letters.letter(db, admin, sent.id, "ru")


def test_the_office_heads_its_letters_in_their_language(db, actor, survivor, iom) -> None:
    _, case = survivor
    directory.set_office(db, Actor.system(), {"name": "ОФ «Сенім» — кризисный центр",
                                              "name_kk": "«Сенім» ҚҚ — дағдарыс орталығы", "address": "Алматы"})
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    assert "«Сенім» ҚҚ — дағдарыс орталығы" in pdf_text(referral_letters.letter(db, actor, sent.id, "kk"))
    russian = pdf_text(referral_letters.letter(db, actor, sent.id, "ru"))
    assert "ОФ «Сенім» — кризисный центр" in russian and "ҚҚ" not in russian  # no Russian name given: the main one


def test_many_letters_report_their_progress(db, actor, survivor, iom) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    draft = referrals.create_referral(db, actor, {"case_id": case.id, "organisation_id": iom.id,
                                                  "services": ["medical"], "shared": ["identity"]}).value
    seen = []
    pdfs = referral_letters.letters(db, actor, [sent.id, draft.id], "ru", "print",
                                    progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)] and all(p.startswith(b"%PDF") for p in pdfs)
    assert "ПРОЕКТ" not in pdf_text(pdfs[0]) and "ПРОЕКТ" in pdf_text(pdfs[1])


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_font_of_a_letter_is_embedded(db, actor, survivor, iom, lang, tmp_path) -> None:
    """`pdffonts` lists each font; none may be a base-14 font the printer's machine substitutes."""
    import shutil
    import subprocess

    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils' pdffonts is not installed")
    _, case = survivor
    sent = refer(db, actor, case, iom, ALL, ALL)
    draft = refer(db, actor, case, iom, ALL, ALL, send=False)  # its preview has the "draft" watermark
    for referral, output in ((sent, "file"), (draft, "preview")):
        path = tmp_path / f"{lang}-{output}.pdf"
        path.write_bytes(referral_letters.letter(db, actor, referral.id, lang, output=output))
        table = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in table.splitlines()[2:] if line.strip()]
        assert rows, table
        assert [row[0] for row in rows if row[-5] != "yes"] == [], table  # the "emb" column
