"""Finds the words a screen cuts: a label, a button or a column header whose text does not fit the
room it is given, or that lies beyond the window's edge (where nobody can read it without scrolling)."""
from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    """What a label or button shows of its text: no mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _lines_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in _plain(text).split("\n")), default=0)


def _seen_columns(widget: QWidget) -> tuple[int, int]:
    """The part of the widget's width (left, right, in its own coordinates) that its window shows, whatever
    the ancestors (a scroll area's viewport, the window itself) clip away. Height is not asked: a form
    scrolled down is read by scrolling down."""
    left, right = 0, widget.width()
    child, offset = widget, 0
    while child.parentWidget() is not None and not child.isWindow():
        offset += child.x()
        parent = child.parentWidget()
        left, right = max(left, -offset), min(right, parent.width() - offset)
        child = parent
    return left, right


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * label.margin() - label.indent() * (label.indent() > 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(room)
            if document.idealWidth() > room + SLACK or document.size().height() > label.contentsRect().height() + 2:
                return "wrapped text taller or wider than its label"
            return None
        needed = int(document.idealWidth())
    elif label.wordWrap():
        longest = max((label.fontMetrics().horizontalAdvance(word) for word in re.split(r"\s+", _plain(text))),
                      default=0)
        if longest > room + SLACK:
            return f"a word {longest} px wide in {room} px"
        if label.heightForWidth(label.width()) > label.height() + SLACK:
            return f"needs {label.heightForWidth(label.width())} px of height, has {label.height()}"
        return None
    else:
        needed = _lines_width(label, text)
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


def _button_room(button: QAbstractButton) -> int:
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        icon = option.iconSize.width() + 4 if not button.icon().isNull() else 0
        return contents.width() - icon
    if isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox) \
            else QStyle.SubElement.SE_RadioButtonContents
        return button.style().subElementRect(element, option, button).width()
    return button.width()


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton):  # a tool bar's or a tab bar's: Qt sizes it to its hint
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly or button.parentWidget() is None:
            return None
        if button.width() + SLACK < button.sizeHint().width():
            return f"needs {button.sizeHint().width()} px, has {button.width()}"
        return None
    needed, room = _lines_width(button, button.text()), _button_room(button)
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    if header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    problems = []
    viewport = header.viewport().width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        left = header.sectionViewportPosition(logical)
        size = header.sectionSize(logical)
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        needed = metrics.horizontalAdvance(text) + margin
        if header.defaultAlignment() & Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value):  # on as many lines as the header has
            lines = metrics.boundingRect(QRect(0, 0, size - margin, 1000), Qt.TextFlag.TextWordWrap, text).height()
            if lines > header.height():
                problems.append(f"header “{text}”: needs {lines} px of height, has {header.height()}")
            needed = max(metrics.horizontalAdvance(word) for word in text.split()) + margin
        if needed > size + SLACK:
            problems.append(f"header “{text}”: needs {needed} px, has {size}")
        elif left < 0 or left + needed > viewport + SLACK:
            problems.append(f"header “{text}”: at {left}–{left + needed} px, beyond the {viewport} px shown")
    return problems


def _list_problems(view: QListView) -> list[str]:
    """A list's lines are read whole: wrapped, or narrower than the list."""
    if view.wordWrap():
        return []
    model, room = view.model(), view.viewport().width()
    problems = []
    for row in range(model.rowCount() if model is not None else 0):
        text = str(model.index(row, view.modelColumn()).data() or "")
        needed = view.fontMetrics().horizontalAdvance(text) + 8
        if needed > room + SLACK:
            problems.append(f"line “{text[:60]}”: needs {needed} px, has {room}")
    return problems


def _combo_problem(combo: QComboBox) -> str | None:
    """The chosen item is read whole in the closed box."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    return f"needs {needed} px, has {field.width()}" if needed > field.width() + SLACK else None


def _placeholder_problem(edit: QLineEdit) -> str | None:
    """An empty field's hint ("e.g. Passport, pages 2 and 3") is read whole."""
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width() - 4
    for action in edit.actions():  # a calendar or clear button inside the field
        room -= edit.height() if action.isVisible() else 0
    needed = edit.fontMetrics().horizontalAdvance(text)
    return f"needs {needed} px, has {room}" if needed > room + SLACK else None


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None and not widget.isWindow():
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def cut_texts(window: QWidget, screen: tuple[int, int] | None = None) -> list[str]:
    """Every visible label, button, column header, list line, combo box and field hint of `window` whose
    words are cut, with why; and the window itself if it is wider or taller than the screen it is sized to."""
    problems: list[str] = []
    if screen is not None and (window.width() > screen[0] or window.height() > screen[1]):
        problems.append(f"the window is {window.width()}×{window.height()}, the screen {screen[0]}×{screen[1]}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            problem, text = _label_problem(widget), widget.text()
        elif isinstance(widget, QAbstractButton):
            problem, text = _button_problem(widget), widget.text()
        elif isinstance(widget, QComboBox):
            problem, text = _combo_problem(widget), widget.currentText()
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            problem, text = _placeholder_problem(widget), widget.placeholderText()
        elif isinstance(widget, QHeaderView):
            problems += [f"{_where(widget)}: {p}" for p in _header_problems(widget)]
            continue
        elif isinstance(widget, QListView) and type(widget).__name__ in ("QListWidget", "QListView"):
            problems += [f"{_where(widget)}: {p}" for p in _list_problems(widget)]
            continue
        else:
            continue
        if problem is None and text and not isinstance(widget.parentWidget(), QAbstractScrollArea):
            left, right = _seen_columns(widget)
            if right - left < min(widget.width(), _lines_width(widget, text)) - SLACK:
                problem = f"shown {max(right - left, 0)} px of {widget.width()} (beyond the window's edge)"
        if problem is not None:
            problems.append(f"{_where(widget)} “{_plain(text)[:60]}”: {problem}")
    return problems
