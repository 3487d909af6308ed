"""The statistics as a PDF to hand in: the office's letterhead as its letters print it, the period, each
table, and a bar chart beside the tables that have one (`StatTable.chart`), in Russian, Kazakh or English.

Laid out with reportlab on A4 in DejaVu Sans (every Kazakh letter), the fonts embedded like the letters'.
"""
from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from models.letters import fonts
from models.letters.pages import numbered_canvas
from models.letters.referral import Party
from models.reports.statistics_model import Statistics, StatTable
from models.reports.statistics_words import Words, rows_in_words

INK, GREY, RULE = colors.HexColor("#1a1a1a"), colors.HexColor("#555555"), colors.HexColor("#9a9a9a")
HEAD_BG, TOTAL_BG, BAR = colors.HexColor("#e8eef4"), colors.HexColor("#f4f4f4"), colors.HexColor("#3d6a96")
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
CHART_ROWS = 10  # the largest groups; the table beside it has them all


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=11, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=GREY),
        "office": ParagraphStyle("office", base, fontName=bold, fontSize=12.5, leading=15.5),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=15, leading=19, spaceBefore=4),
        "period": ParagraphStyle("period", base, fontSize=11, leading=14),
        "heading": ParagraphStyle("heading", base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=8,
                                  spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=7.5, leading=9.5),
        "number": ParagraphStyle("number", base, fontSize=8, leading=10, alignment=TA_RIGHT),
        "headnumber": ParagraphStyle("headnumber", base, fontName=bold, fontSize=7.5, leading=9.5,
                                     alignment=TA_RIGHT),
        "headsmall": ParagraphStyle("headsmall", base, fontName=bold, fontSize=6.3, leading=8, alignment=TA_RIGHT),
        "note": ParagraphStyle("note", base, fontSize=7.5, leading=9.5, textColor=GREY, spaceBefore=2),
    }


def _e(text: object) -> str:
    return escape(str(text))


def _number(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ") if value != int(value) else f"{int(value):,}".replace(",", " ")
    return f"{value:,}".replace(",", " ")  # a thin gap between thousands, as ru and kk write them


def _letterhead(office: Party | None, lang: str, styles: dict[str, ParagraphStyle]) -> list:
    flow: list = []
    if office is not None:
        flow.append(Paragraph(_e(office.name_in(lang)), styles["office"]))
        contacts = [office.address_in(lang), office.phone, office.email, office.website]
        if any(contacts):
            flow.append(Paragraph(" · ".join(_e(c) for c in contacts if c), styles["small"]))
    rule = Table([[""]], colWidths=[WIDTH], rowHeights=[3])
    rule.setStyle(_style([("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE)]))
    return flow + [rule, Spacer(1, 2 * mm)]


def _style(commands: list) -> TableStyle:
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]), *commands])


def _table(table: StatTable, words: Words, styles: dict[str, ParagraphStyle]) -> Table:
    keys, measures = len(table.keys), len(table.measures)
    # The keys take what the numbers leave, and share it: a region and a work category, a service and who gave
    # it, are words of the same length (a long one such as "Внутрикорпоративный" must not break in two).
    keys_width = min(WIDTH * (0.45 if keys == 1 else 0.56), WIDTH - measures * 19 * mm)
    key_widths = [keys_width / keys] * keys
    widths = key_widths + [(WIDTH - keys_width) / measures] * measures
    small = measures >= 6  # narrow columns: a smaller heading, so that no word breaks in two
    headers = [Paragraph(_e(h), styles["head" if i < keys else "headsmall" if small else "headnumber"])
               for i, h in enumerate(words.headers(table))]
    body = [[Paragraph(_e(v), styles["cell"]) if i < keys else Paragraph(_number(v), styles["number"])
             for i, v in enumerate(row)] for row in rows_in_words(table, words)]
    grid = Table([headers] + body, colWidths=widths, repeatRows=1)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE), ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if table.rows and table.rows[-1].keys == ("",) * keys and table.keys[0] == "organisation":
        commands.append(("BACKGROUND", (0, len(body)), (-1, len(body)), TOTAL_BG))  # the total row
    grid.setStyle(_style(commands))
    return grid


def _chart(table: StatTable, words: Words) -> Drawing | None:
    """Horizontal bars of the table's chart measure, the largest groups first."""
    assert table.chart is not None
    at = table.measures.index(table.chart)
    pairs = [(" / ".join(words(kind, key) for kind, key in zip(table.keys, row.keys)), row.cells[at].value or 0)
             for row in table.rows if row.keys != ("",) * len(table.keys) or table.keys[0] != "organisation"]
    pairs = sorted(((label, v) for label, v in pairs if v), key=lambda p: -p[1])[:CHART_ROWS]
    if not pairs:
        return None
    regular, _ = fonts.register()
    row_height = 5.2 * mm
    height = row_height * len(pairs) + 14 * mm
    drawing = Drawing(WIDTH, height)
    drawing.initialFontName = regular  # else reportlab starts the drawing in Helvetica, named and not embedded
    chart = HorizontalBarChart()
    chart.x, chart.y = WIDTH * 0.42, 8 * mm
    chart.width, chart.height = WIDTH * 0.52, row_height * len(pairs)
    chart.data = [[v for _, v in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [label if len(label) <= 48 else label[:46] + "…"
                                        for label, _ in reversed(pairs)]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: _number(v)
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    return drawing


def _story(report: Statistics, words: Words, office: Party | None, reader: str) -> list:
    styles = _styles()
    text = words.text
    flow = _letterhead(office, words.lang, styles)
    scope = text["scope_office"] if report.whole_office else text["scope_own"].format(name=reader)
    flow += [Paragraph(_e(text["title"]), styles["title"]), Paragraph(_e(words.period(report)), styles["period"]),
             Paragraph(_e(f"{scope} · {text['made_on'].format(date=words.date(report.made_on))}"), styles["small"]),
             Spacer(1, 1.5 * mm), Paragraph(_e(text["contents"]), styles["note"])]
    for table in report.tables:
        unit = text["unit"].get(table.unit)
        part: list = [Paragraph(_e(words.title(table)) + (f" <font color='#555555' size='7.5'>({_e(unit)})</font>"
                                                          if unit else ""), styles["heading"])]
        if not table.rows:
            part.append(Paragraph(_e(text["none"]), styles["small"]))
        else:
            part.append(_table(table, words, styles))
        if table.note:
            part.append(Paragraph(_e(words.note(table.note)), styles["note"]))
        if table.chart and (chart := _chart(table, words)) is not None:
            part += [Paragraph(_e(text["chart"].format(measure=text["measure"][table.chart])), styles["note"]), chart]
        # A short table stays with its heading; a long one may break (its header row repeats).
        flow.append(KeepTogether(part) if len(table.rows) <= 25 else part[0])
        if len(table.rows) > 25:
            flow += part[1:]
    if not report.whole_office:
        flow.append(Paragraph(_e(words.note("own_cases", name=reader)), styles["note"]))
    return flow


def _canvas(words: Words, office: Party | None, report: Statistics) -> type[Canvas]:
    """A canvas that draws the office, the period and "page 1 of 2" at the foot of every page."""
    regular, _ = fonts.register()
    footer = words.text["footer"]
    name = office.name_in(words.lang) if office is not None else "Qamqor"

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 9 * mm, footer.format(
            office=name, first=words.date(report.period.first), last=words.date(report.period.last),
            page=number, pages=total))
        canvas.restoreState()

    return numbered_canvas(decorate)


def render(report: Statistics, lang: str = "ru", office: Party | None = None, reader: str = "") -> bytes:
    """The report as PDF bytes. `office`: the letterhead (None: none); `reader`: whose cases, in her own report."""
    words = Words(lang)
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=12 * mm,
                                 bottomMargin=16 * mm, title=f"{words.text['title']} {words.period(report)}",
                                 author=office.name_in(lang) if office else "", creator="Qamqor",
                                 lang={"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}[lang])
    document.build(_story(report, words, office, reader), canvasmaker=_canvas(words, office, report))
    return out.getvalue()
