"""The referral letter on screen, then on paper or in a file.

The PySide6 wheels ship no QtPdf module, so the PDF's pages are rendered with pypdfium2
into images: in the preview's scroll area, and into the printer's pages. The letter never
touches the disk unless the caseworker saves it: there are no temporary files to clean up.
Printing and saving are written to the audit trail before they happen.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import file_dialogs, i18n
from desktop.errors import show_error
from desktop.operations import referral as referral_ops
from desktop.workspace import Workspace
from models.ids import ReferralId
from models.services.referral_letters import Made

PRINT_DPI = 300  # enough for text on paper; a 600 dpi A4 page would be a 100 MB image


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page of `pdf` as an image at `dpi` (pypdfium2 renders, Qt shows or prints)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888)
            yield image.copy()  # the bitmap's memory goes with it
            page.close()
    finally:
        document.close()


def paint(printer: QPrinter, pdfs: list[bytes]) -> int:
    """Print every page of every PDF, each letter starting on a new sheet; how many pages were printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    pages = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for image in (image for pdf in pdfs for image in page_images(pdf, dpi)):
            if pages:
                printer.newPage()
            target = QRectF(painter.viewport())
            scale = min(target.width() / image.width(), target.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale), image)
            pages += 1
    finally:
        painter.end()
    return pages


class LetterPreview(QDialog):
    """The letter of one referral, page by page; its language; Print… and Save as PDF…"""

    shown = Signal()  # the pages are on screen (tests wait for it)

    def __init__(self, ws: Workspace, referral_id: ReferralId, reference: str, parent=None) -> None:
        super().__init__(parent)
        self.ws, self.referral_id, self.reference = ws, referral_id, reference
        self.pdf: bytes | None = None
        self.parts: list[str] = []
        self.setWindowTitle(self.tr("Referral letter {0}").format(reference))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = QComboBox(self)
        for code in ("ru", "kk", "en"):
            self.language.addItem(i18n.language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setStyleSheet("QScrollArea { background: #8a8a8a; }")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Language of the letter:"), self))
        bar.addWidget(self.language)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.language.currentIndexChanged.connect(lambda _: self.load())
        self.print_button.clicked.connect(self.print_letter)
        # `clicked` carries `checked`: a bare connection would hand False to `path` and save nothing.
        self.save_button.clicked.connect(lambda: self.save_letter())
        close.clicked.connect(self.close)
        self.resize(760, 900)
        self.load()

    @property
    def lang(self) -> str:
        return self.language.currentData()

    def load(self) -> None:
        referral_id, lang = self.referral_id, self.lang
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        referral_ops.preview(self.ws, parent=self, referral_id=referral_id, lang=lang).success(self._show) \
            .failure(self._refused).run_in_background()

    def _refused(self, error: Exception) -> bool:
        show_error(self, error)
        return True

    def _show(self, made: Made) -> None:
        self.pdf, self.parts = made.pdf, made.parts
        while (item := self.pages_layout.takeAt(0)) is not None:
            if (old := item.widget()) is not None:
                old.deleteLater()
        for image in page_images(made.pdf, self._screen_dpi() * self.devicePixelRatioF()):
            page = QLabel(self.pages)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            page.setPixmap(pixmap)
            page.setObjectName("letterPage")
            self.pages_layout.addWidget(page)
        self._fit_page_width()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.shown.emit()

    def _chrome_width(self) -> int:
        """What the dialog needs beside the page itself: margins and the vertical scroll bar."""
        outer = self.layout()
        assert outer is not None  # made in __init__
        margins, inner = outer.contentsMargins(), self.pages_layout.contentsMargins()
        return (inner.left() + inner.right() + margins.left() + margins.right()
                + self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent) + 8)

    def _screen_dpi(self) -> float:
        """96 dpi, less on a screen too narrow for an A4 page at 96 dpi (8.27 inches) beside the margins."""
        screen = self.screen().availableGeometry().width() if self.screen() else 0
        if not screen:
            return 96.0
        return max(48.0, min(96.0, (screen - self._chrome_width() - 16) / 8.27))

    def _fit_page_width(self) -> None:
        """As wide as a page (and its margins and scroll bar), within the screen."""
        if not (first := self.pages_layout.itemAt(0)) or (page := first.widget()) is None:
            return
        wanted = page.sizeHint().width() + self._chrome_width()
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            wanted = min(wanted, screen.width())
        if self.width() < wanted:
            self.resize(wanted, self.height())

    def page_count(self) -> int:
        return self.pages_layout.count()

    # --- paper and file: audited first, then done ---------------------------------------------

    def _audited(self, output: str, then) -> None:
        referral_id, lang, parts = self.referral_id, self.lang, self.parts
        referral_ops.record_output(self.ws, parent=self, referral_id=referral_id, lang=lang, output=output,
                                   parts=parts).success(lambda _: then()).run_in_background()

    def print_letter(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.reference)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print referral letter {0}").format(self.reference))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the letter; "Print to file" writes the letter's own PDF, text and all, not pictures of it."""
        pdf = self.pdf
        assert pdf is not None, "printing is offered once the letter is shown"
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            target = Path(printer.outputFileName())
            self._audited("print", lambda: target.write_bytes(pdf))
            return
        self._audited("print", lambda: paint(printer, [pdf]))

    def save_letter(self, path: str | None = None) -> None:
        if path is None:
            chosen = file_dialogs.save_file(self, self.tr("Save the referral letter"),
                                            f"{self.reference}-{self.lang}.pdf", self.tr("PDF (*.pdf)"))
            path = str(chosen) if chosen else None
        if path:
            pdf = self.pdf
            assert pdf is not None, "saving is offered once the letter is shown"
            self._audited("file", lambda: Path(path).write_bytes(pdf))
