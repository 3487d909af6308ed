"""The application's file dialogs, which never open a file they list (issue 26).

SQLite's locks on the database are POSIX advisory locks, and they belong to the process: closing any other
descriptor of the database file in this process drops them all, and another Qamqor (a command run meanwhile)
may then delete the -wal file this one still writes into. Qt's own file dialog asks QMimeDatabase for the
type and icon of every file it shows, which reads a file's first bytes when its name does not settle it
(`qamqor.db`, `qamqor.db-wal`); a desktop's native dialog (GTK's, KDE's) runs inside this process and does
the same. So every dialog here is Qt's own, given types and icons from names only. Windows keeps its native
dialog: its file locks are not POSIX's, and closing another handle releases none of SQLite's.

A file chosen that is the open database itself, or its -wal or -shm, is refused in words: Qamqor would read
it as an attachment or a list to import, or write an export over it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from models.connection import open_in_this_process

translate = QCoreApplication.translate  # the name lupdate looks for
NATIVE = sys.platform == "win32"


class NamesOnly(QAbstractFileIconProvider):
    """Icons and types from a file's name and kind (file or folder), never from its content."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self.folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self.file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)

    def icon(self, what: object) -> QIcon:  # Qt overloads it: a QFileInfo or an IconType
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self.drive
            return self.folder if what.isDir() else self.file
        kinds = QAbstractFileIconProvider.IconType
        return self.folder if what == kinds.Folder else self.drive if what == kinds.Drive else self.file

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        return translate("FileDialogs", "{0} file").format(suffix.upper()) if suffix else \
            translate("FileDialogs", "File")


_names_only: list[NamesOnly] = []  # one for the application, made once a QApplication exists


def _dialog(parent: QWidget | None, caption: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption)
    if not NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        if not _names_only:
            _names_only.append(NamesOnly())
        # Before the dialog is shown: types and icons are asked for when the list is drawn.
        dialog.setIconProvider(_names_only[0])
    return dialog


def _chosen(parent: QWidget | None, dialog: QFileDialog) -> Path | None:
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    if open_in_this_process(path):
        refuse_database_file(parent, path)
        return None
    return path


def refuse_database_file(parent: QWidget | None, path: Path) -> None:
    """Say that `path` is Qamqor's own open database (or one of its files), which nothing may read or write."""
    QMessageBox.warning(parent, translate("FileDialogs", "Qamqor"), translate(
        "FileDialogs", "{0} is Qamqor's own database, which is open now: it cannot be attached, imported or "
                       "written over. Choose another file.").format(path.name))


def open_file(parent: QWidget | None, caption: str, folder: str, filters: str) -> Path | None:
    """The file the user chose to read (None: cancelled, or Qamqor's own database)."""
    dialog = _dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(filters)
    if folder:
        dialog.setDirectory(folder)
    return _chosen(parent, dialog)


def save_file(parent: QWidget | None, caption: str, suggested: str, filters: str) -> Path | None:
    """Where the user chose to save (None: cancelled, or Qamqor's own database). `suggested` is a file
    name, alone or in a folder."""
    dialog = _dialog(parent, caption)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(filters)
    suggestion = Path(suggested)
    if suggestion.parent != Path("."):
        dialog.setDirectory(str(suggestion.parent))
    dialog.selectFile(suggestion.name)
    return _chosen(parent, dialog)
