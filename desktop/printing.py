"""Printing a case: one page a caseworker can hand over or file, built from what the case view shows."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop import i18n, labels
from desktop.operations import case as case_ops

translate = QCoreApplication.translate  # the name lupdate looks for



def case_html(view) -> str:
    """The case as HTML: person, documents, timeline, deadlines with their explanations."""
    file = view.file
    if file is None:
        return ""
    p, d = file.person, i18n.show_date
    born = d(p.birth_date) if p.birth_date else str(p.birth_year or "")
    rows = [(translate("Printing", "Citizenship"), labels.country(p.citizenship)),
            (translate("Printing", "Born"), born),
            (translate("Printing", "IIN"), p.iin or ""),
            (translate("Printing", "Category"), labels.value(file.case.category)),
            (translate("Printing", "Status"), labels.value(file.case.status)),
            (translate("Printing", "Opened on"), d(file.case.opened_on))]
    documents, timeline = translate("Printing", "Documents"), translate("Printing", "Timeline")
    deadlines = translate("Printing", "Deadlines")
    parts = [f"<h1>{escape(view.person_name())}</h1>", _table(rows)]
    parts.append(f"<h2>{documents}</h2>")
    parts.append(_table([(labels.value(doc.kind), f"{doc.number} ({labels.country(doc.issuing_country)}) "
                          f"{d(doc.expires_on)}") for doc in file.documents]))
    parts.append(f"<h2>{timeline}</h2>")
    parts.append(_table([(d(e.day), f"{e.what}: {e.details}") for e in view.timeline_model.entries]))
    parts.append(f"<h2>{deadlines}</h2>")
    for item in file.deadlines.items:
        parts.append(f"<p><b>{escape(labels.rule(item.rule))}: {d(item.due)} — {escape(labels.status(item.status))}"
                     f"</b><br>{escape(item.explanation)}</p>")
    return "<html><body style='font-family: sans-serif'>" + "".join(parts) + "</body></html>"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{escape(a)}</b></td><td>{escape(b)}</td></tr>" for a, b in rows)
    return f"<table cellpadding='3'>{cells}</table>"


def print_case(parent: QWidget, view) -> None:
    """Print the case once the audit trail has recorded it (nothing is printed if that fails)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print case"))
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        print_audited(parent, view, printer)


def print_audited(parent: QWidget, view, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(case_html(view))
    case_ops.record_printed(view.ws, parent=parent, case_id=view.case_id) \
        .success(lambda _: document.print_(printer)).run_in_background()
