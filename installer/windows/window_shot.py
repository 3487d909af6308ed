"""Run by the INSTALLED program's Python under Wine (smoke.py copies it into the test prefix; never installed):
open the main window on the demo database as a caseworker, in one language, and save it as a PNG.

    python.exe window_shot.py DATABASE LANGUAGE PNG [USERNAME]

Goes through `desktop.app.run_application`, as the Start-menu entry does (Qt's own Windows platform,
fonts, translations, icons), skipping only the sign-in dialog. Prints how many of the 18 Kazakh letters
the window's font draws each differently: a font that lacks them draws every one as the same box.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from desktop.app import choose_actor, run_application
from desktop.fonts import KAZAKH
from models.db import open_database


def distinct_letters(font: QFont) -> int:
    def drawn(letter: str) -> QImage:
        image = QImage(40, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(8, 30, letter)
        painter.end()
        return image

    images: list[QImage] = []
    for letter in KAZAKH:
        image = drawn(letter)
        if all(image != other for other in images):
            images.append(image)
    return len(images)


def main() -> int:
    database, language, png = sys.argv[1:4]
    username = sys.argv[4] if len(sys.argv) > 4 else None
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Qamqor")
    app.setOrganizationName("Qamqor")
    QSettings().setValue("language", language)
    db = open_database(database, upgrade=False)
    try:
        actor, _ = choose_actor(db, username)
    finally:
        db.close()
    saved: list[bool] = []

    def ready(window) -> None:  # the case list is filled: let it paint, then save it and quit
        def save() -> None:
            if not saved:
                saved.append(window.grab().save(png, "PNG"))
                print(f"{distinct_letters(window.font())} of {len(KAZAKH)} Kazakh letters drawn distinctly "
                      f"in {window.font().family()}", flush=True)
                handle = window.windowHandle()
                if handle is None or not handle.isExposed():
                    # No native window (Wine without a graphics driver): closing it would do nothing, and
                    # app.quit(), which closes windows until none is visible, would never return.
                    print("but Windows gave the main window no native window", flush=True)
                    app.exit(1)
                    return
                app.quit()  # as the caseworker closing Qamqor: the window closes, the program ends
        window.resize(1366, 800)
        QTimer.singleShot(1500, save)

    status = run_application(db_path=database, ready=ready, actor=actor)
    return status if saved and saved[0] else 1


if __name__ == "__main__":
    sys.exit(main())
