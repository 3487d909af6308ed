"""Every catalogue is finished: no empty or unfinished entry, every plural form, every string of the code."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import i18n

FOLDER = i18n.TRANSLATIONS
ROOT = FOLDER.parent.parent
# How many plural forms Qt's rules give each language (English's file holds "1 case" / "2 cases").
PLURAL_FORMS = {"en": 2, "ru": 3, "kk": 2}


def _catalogues(language: str) -> list[Path]:
    return sorted(FOLDER.glob(f"*_{language}.ts"))


def _entries(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def _problems(language: str) -> list[str]:
    problems = []
    for path in _catalogues(language):
        for context, message in _entries(path):
            where = f"{path.name} {context}: {message.findtext('source')!r}"
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if language == "en" and not plural:
                continue  # English reads its sources; only the plural forms need writing out
            if translation is None:
                problems.append(f"{where} has no translation")
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is {translation.get('type')}")
            if plural:
                forms = [form.text or "" for form in translation.findall("numerusform")]
                if len(forms) != PLURAL_FORMS[language] or not all(form.strip() for form in forms):
                    problems.append(f"{where} has plural forms {forms}")
            elif not (translation.text or "").strip():
                problems.append(f"{where} is empty")
    return problems


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_every_entry_of_every_catalogue_is_finished(qapp, language):
    assert _catalogues(language), f"no catalogue for {language}"
    assert _problems(language) == []


def _lupdate() -> Path | None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    return tool if tool.exists() else None


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_string_of_the_code_is_in_a_catalogue(qapp, tmp_path):
    """What `self.tr` / `translate` asks for in desktop/ is translated in ru and kk (plurals in en too)."""
    sources = sorted(str(path) for path in (ROOT / "desktop").rglob("*.py"))
    found = tmp_path / "code.ts"
    subprocess.run([str(_lupdate()), "-silent", *sources, "-ts", str(found)], check=True, cwd=ROOT)
    # lupdate's Python reader sometimes names a context "QCoreApplication.self" (a `self.tr` after a
    # `QCoreApplication.translate` in one method): no class has that name, so such entries are not checked.
    wanted = {(context, message.findtext("source")): message.get("numerus") == "yes"
              for context, message in _entries(found) if "." not in context}
    assert len(wanted) > 500  # the tool did read the code
    for language in ("en", "ru", "kk"):
        have = {(context, message.findtext("source"))
                for path in _catalogues(language) for context, message in _entries(path)}
        missing = sorted(f"{context}: {source!r}" for (context, source), plural in wanted.items()
                         if (context, source) not in have and (plural or language != "en"))
        assert missing == [], f"not in any {language} catalogue"


def test_kazakh_counts_are_in_kazakh(qtbot):
    """ "%n case(s)" and "Overdue by %n day(s)" read in Kazakh for every n, not in English."""
    i18n.install("kk")
    for n in (1, 2, 5, 21):
        assert QCoreApplication.translate("CaseListView", "%n case(s)", None, n) == f"{n} іс"
        overdue = QCoreApplication.translate("CaseListModel", "Overdue by %n day(s)", None, n)
        assert overdue == f"Мерзімі {n} күн өтті"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_qts_own_file_dialog_speaks_the_users_language(qtbot, language) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    i18n.install(language)
    dialog = QFileDialog(None, "", "", "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a desktop without a portal
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    for name, english in (("lookInLabel", "Look in:"), ("fileTypeLabel", "Files of type:"),
                          ("fileNameLabel", "File &name:")):
        assert shown[name] and shown[name] != english, (name, shown[name])
    # Where Qt's Kazakh catalogue is silent, Russian stands in (Qt's Russian has these; its Kazakh does not).
    for context, english in (("QFileDialog", "My Computer"), ("QFileSystemModel", "Computer")):
        assert QCoreApplication.translate(context, english) != english, (language, english)
