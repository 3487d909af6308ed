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
    assert box.model.rowCount() == 0 and box.popup.isVisible()
    assert box.nobody.isVisible() and box.nobody.text().startswith("No one found for “Ivanov”")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # nothing to open
    assert window.current_case() is None
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and not box.popup.isVisible()


def test_escape_clears_the_box_in_russian(qtbot, ws, window, case) -> None:
    from desktop import i18n

    i18n.install("ru")
    box = window.find_box
    with qtbot.waitSignal(box.answered, check_params_cb=lambda text, count: text == "Петров", timeout=5000):
        type_text(qtbot, box, "Петров")
    assert box.nobody.isVisible() and box.nobody.text().startswith("Никто не найден по запросу «Петров»")
    with qtbot.waitSignal(box.answered, check_params_cb=lambda text, count: text == "Юсупов", timeout=5000):
        box.clear()
        type_text(qtbot, box, "Юсупов")
    assert box.list.isVisible() and not box.nobody.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and not box.popup.isVisible()
