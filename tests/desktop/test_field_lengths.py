"""The forms take as many characters as the schemas do, and say no number of their own (issue 13 item 9)."""
from __future__ import annotations

import re
from pathlib import Path

from desktop.case_view.record_forms import FIELDS, SCHEMAS, record_form
from desktop.person_form import case_form, person_form
from desktop.widgets.editors import TextEdit
from models.schemas.cases import CaseIn
from models.schemas.common import max_length
from models.schemas.persons import PersonIn

DESKTOP = Path(__file__).parents[2] / "desktop"


def _text_editors(form) -> dict[str, TextEdit]:
    return {name: editor for name, editor in form.editors.items() if type(editor) is TextEdit}


def test_the_forms_limit_each_text_to_the_schemas_length(qtbot) -> None:
    forms = [(person_form(), PersonIn), (case_form([]), CaseIn)]
    forms += [(record_form(kind), SCHEMAS[kind]) for kind in FIELDS]
    checked = 0
    for form, schema in forms:
        for name, editor in _text_editors(form).items():
            if name == "iin":
                continue  # 12 digits, checked by its pattern
            assert editor.maxLength() == max_length(schema, name), (schema.__name__, name)
            checked += 1
    assert checked >= 15  # the person, the case and the records: 19 text fields today


def test_no_text_editor_writes_its_own_length() -> None:
    literal = re.compile(r"TextEdit\((?:None|self|parent), \d+\)")
    found = [f"{path.relative_to(DESKTOP)}:{n}" for path in DESKTOP.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if literal.search(line) and "not a length" not in line]
    assert found == []
