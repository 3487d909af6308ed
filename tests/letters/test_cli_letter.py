"""`qamqor letter`: the same letter without the desktop; refusals in one line."""
from __future__ import annotations

from models.cli import main
from tests.letters.conftest import pdf_text, refer


def test_the_letter_command_writes_the_pdf(db, db_path, actor, survivor, iom, tmp_path, capsys) -> None:
    _, case = survivor
    sent = refer(db, actor, case, iom, ["identity"], ["identity"])
    out = tmp_path / "letter.pdf"
    assert main(["--db", str(db_path), "letter", sent.reference, "--out", str(out), "--lang", "kk"]) == 0
    assert "ЖОЛДАМА" in pdf_text(out.read_bytes()) and "Юсупова" in pdf_text(out.read_bytes())
    assert f"Wrote {out}" in capsys.readouterr().out
    by_id = tmp_path / "by-id.pdf"
    assert main(["--db", str(db_path), "letter", str(sent.id), "--out", str(by_id)]) == 0
    assert "НАПРАВЛЕНИЕ" in pdf_text(by_id.read_bytes())  # Russian unless told otherwise


def test_an_unknown_reference_is_one_line(db, db_path, tmp_path, capsys) -> None:
    assert main(["--db", str(db_path), "letter", "QMQ-1999-0001", "--out", str(tmp_path / "x.pdf")]) == 2
    assert capsys.readouterr().err == "qamqor: There is no referral with reference QMQ-1999-0001.\n"
    assert not (tmp_path / "x.pdf").exists()
