"""Find a person as you type, whatever the script or spelling typed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.desktop.conftest import idle, type_text


@pytest.mark.parametrize("typed", ["Jusupov", "Юсупов", "yusupov ali"])
def test_typing_a_transliterated_name_finds_the_person_and_enter_opens_the_case(qtbot, ws, window, case,
                                                                                 typed) -> None:
    box = window.find_box
    window.find_action.trigger()
    with qtbot.waitSignal(box.answered, check_params_cb=lambda text, count: text == typed, timeout=5000):
        type_text(qtbot, box, typed)
    assert box.model.rowCount() == 1
    assert box.model.index(0).data().startswith("Юсупов Алишер Рустамович (Yusupov Alisher) · 12/04/1990 · ")
    assert box.popup.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    idle(qtbot, ws)
    view = window.current_case()
    assert view is not None and view.case_id == case.id


def test_an_unknown_name_finds_no_one(qtbot, ws, window, case) -> None:
    box = window.find_box
    with qtbot.waitSignal(box.answered, check_params_cb=lambda text, count: text == "Ivanov", timeout=5000):
        type_text(qtbot, box, "Ivanov")
    assert box.model.rowCount() == 0 and not box.popup.isVisible()
