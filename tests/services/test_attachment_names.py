"""Attachment names: only a plain base name is stored, whatever path the file came with (issue 12 item 1)."""
from __future__ import annotations

from models.entities import Attachment
from models.filenames import safe_filename
from models.services import cases


def test_safe_names() -> None:
    assert safe_filename("/home/x/.bashrc") == "bashrc"
    assert safe_filename("../../x") == "x"
    assert safe_filename("..") == "attachment"
    assert safe_filename("C:\\Users\\a\\scan.pdf") == "scan.pdf"
    assert safe_filename("pass\x1bport.pdf") == "pass_port.pdf"
    assert safe_filename("скан паспорта.pdf") == "скан паспорта.pdf"
    long = safe_filename("я" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long.encode()) <= 255


def test_a_path_in_a_name_is_stored_as_its_base_name(db, actor, case) -> None:
    for name, kept in (("/home/x/.bashrc", "bashrc"), ("../../x", "x")):
        saved = cases.add_attachment(db, actor, {"case_id": case.id, "filename": name, "content": b"scan"}).value
        assert saved.filename == kept
    with db.reading() as session:
        assert sorted(a.filename for a in session.query(Attachment)) == ["bashrc", "x"]
