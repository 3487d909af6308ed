"""The referral letter the person carries to the shelter, the lawyer or the clinic.

`ReferralLetter` holds exactly what the letter may print: the service that builds it leaves
out every part of the case the person's consent does not cover, so the layout here never
has to decide what may be shown. `render` lays it out on A4 in English, Russian or Kazakh from
`resources/letters/referral.toml`: the office's header, reference number and date, the
recipient, the person, the services asked for, urgency, the caseworker's contact, and the
signature blocks of caseworker, client and recipient.
"""
from __future__ import annotations

import datetime as dt
import io
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from models import countries, minors
from models.letters import fonts
from models.letters.pages import numbered_canvas
from models.names import full_name
from models.paths import resource
from models.rules.messages import MONTHS

Language = Literal["en", "ru", "kk"]
LANGUAGES: tuple[Language, ...] = ("ru", "kk", "en")
TEMPLATE = resource("letters", "referral.toml")
PARTS = ("identity", "documents", "contact", "migration", "assessment", "situation")


@dataclass(frozen=True)
class Party:
    """An organisation or a person with their contacts, as a letter heads or addresses them."""

    name: str
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    names: tuple[tuple[str, str], ...] = ()  # (language, name): an office's name in the letter's language
    addresses: tuple[tuple[str, str], ...] = ()  # (language, address), the same for its address

    def name_in(self, lang: str) -> str:
        return dict(self.names).get(lang) or self.name

    def address_in(self, lang: str) -> str | None:
        return dict(self.addresses).get(lang) or self.address


@dataclass(frozen=True)
class Identity:
    family_name: str
    given_name: str
    patronymic: str | None
    latin_name: str | None
    birth_date: dt.date | None
    birth_year: int | None
    sex: str
    citizenship: str  # ISO alpha-3
    languages: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return full_name(self.family_name, self.given_name, self.patronymic)


@dataclass(frozen=True)
class Document:
    kind: str
    number: str
    issuing_country: str
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class Contact:
    phone: str | None
    address: str | None


@dataclass(frozen=True)
class Permit:
    kind: str
    number: str | None
    valid_to: dt.date | None


@dataclass(frozen=True)
class Migration:
    present: bool
    entry: dt.date | None = None
    basis: str | None = None
    latest_exit: dt.date | None = None
    permits: tuple[Permit, ...] = ()


# An identified victim's letter says that victims with irregular status are exempt from custodial measures
# (Law on Migration, Art. 60-1 [000:L538]); only when the letter shares the assessment, which the consent must
# cover: the paragraph itself tells the reader the person is a victim.
IDENTIFIED = "identified_victim"


@dataclass(frozen=True)
class AssessmentLine:
    outcome: str
    assessed_by: str
    assessor: str | None
    assessed_on: dt.date


@dataclass(frozen=True)
class ReferralLetter:
    reference: str
    dated: dt.date
    recipient: Party
    services: tuple[str, ...]
    urgency: str
    caseworker: Party
    office: Party | None = None
    draft: bool = False
    reply_days: int = 7
    consent_given_on: dt.date | None = None
    override: bool = False  # sent under the emergency override, without consent
    # The parts of the case, each present only if the consent covers it (None: not shared).
    identity: Identity | None = None
    documents: tuple[Document, ...] | None = None
    contact: Contact | None = None
    migration: Migration | None = None
    assessment: AssessmentLine | None = None
    situation: str | None = None

    @property
    def parts(self) -> list[str]:
        """The parts of the case this letter carries."""
        return [p for p in PARTS if getattr(self, p) is not None]


# --- wording --------------------------------------------------------------------------------


@cache
def wording(lang: str) -> dict[str, Any]:
    data = tomllib.loads(TEMPLATE.read_text(encoding="utf-8"))
    if lang not in data:
        raise ValueError(f"no letter template in language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    return data[lang]


def long_date(day: dt.date, lang: str) -> str:
    words = wording(lang)
    # The letter's own date form ("10 мая 2024 г."), the month names of the rules' messages.
    return words["date_format"].format(day=day.day, month=MONTHS[lang][day.month - 1], year=day.year)


def short_date(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"  # as documents in Kazakhstan write dates, whatever the language


# --- layout -----------------------------------------------------------------------------------

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
LABEL_BG = colors.HexColor("#f1f1f1")
URGENCY_COLOURS = {"routine": ("#f1f1f1", "#1a1a1a"), "urgent": ("#fff1d6", "#7a4b00"),
                   "emergency": ("#fde3e3", "#9b1c1c")}
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


@cache
def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    base = ParagraphStyle("base", fontName=regular, bulletFontName=regular, fontSize=9, leading=12, textColor=INK)
    return {
        "base": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=GREY),
        "office": ParagraphStyle("office", base, fontName=bold, fontSize=12.5, leading=15.5),
        "label": ParagraphStyle("label", base, fontName=bold, fontSize=8, leading=10.5, textColor=GREY),
        "value": ParagraphStyle("value", base, fontSize=9, leading=11.5),
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10, leading=13, alignment=TA_CENTER,
                                   textColor=GREY),
        "heading": ParagraphStyle("heading", base, fontName=bold, fontSize=10, leading=13, spaceBefore=5,
                                  spaceAfter=3),
        "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=1),
        "sign_title": ParagraphStyle("sign_title", base, fontName=bold, fontSize=9, leading=12),
        "sign_small": ParagraphStyle("sign_small", base, fontSize=7.5, leading=9.5, textColor=GREY),
        "footer": ParagraphStyle("footer", base, fontSize=7, leading=8.5, textColor=GREY),
    }


def _style(commands: list) -> TableStyle:
    """A table's style in DejaVu: a cell's own font is reportlab's Helvetica, named in the PDF (even for a
    cell of paragraphs or an empty one) without being embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register()[0]), *commands])


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(text, _styles()[style])


def _e(text: object) -> str:
    return escape(str(text))


def _header(letter: ReferralLetter, words: dict) -> list:
    flow: list = []
    office = letter.office
    if office is not None:
        flow.append(_p(_e(office.name_in(_lang(words))), "office"))
        contacts = [office.address_in(_lang(words)), office.phone, office.email, office.website]
        if any(contacts):
            flow.append(_p(" · ".join(_e(c) for c in contacts if c), "small"))
    rule = Table([[""]], colWidths=[WIDTH], rowHeights=[3])
    rule.setStyle(_style([("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE)]))
    flow += [rule, Spacer(1, 3 * mm)]
    left = [_p("<b>" + _e(words["reference"].format(reference=letter.reference)) + "</b>", "base"),
            _p(_e(words["dated"].format(date=long_date(letter.dated, _lang(words)))), "base")]
    recipient = letter.recipient
    right = [_p(_e(words["to"]), "label"), _p("<b>" + _e(recipient.name_in(_lang(words))) + "</b>", "base")]
    if recipient.address:
        right.append(_p(_e(recipient.address), "base"))
    if recipient.phone or recipient.email:
        right.append(_p(" · ".join(_e(x) for x in (recipient.phone, recipient.email) if x), "base"))
    table = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("RIGHTPADDING", (-1, 0), (-1, -1), 0)]))
    flow += [table, Spacer(1, 3 * mm), _p(_e(words["title"]), "title"), _p(_e(words["subtitle"]), "subtitle"),
             Spacer(1, 3 * mm)]
    return flow


def _lang(words: dict) -> str:
    return words["_lang"]


def _urgency(letter: ReferralLetter, words: dict) -> Table:
    background, ink = URGENCY_COLOURS.get(letter.urgency, URGENCY_COLOURS["routine"])
    text = words["urgency_levels"][letter.urgency].format(days=letter.reply_days)
    style = ParagraphStyle("urgency", _styles()["base"], textColor=colors.HexColor(ink))
    box = Table([[Paragraph(f"<b>{_e(words['urgency'])}:</b> {_e(text)}", style)]], colWidths=[WIDTH])
    box.setStyle(_style([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(background)),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor(ink)),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                             ("LEFTPADDING", (0, 0), (-1, -1), 7)]))
    return box


def _person_rows(letter: ReferralLetter, words: dict, lang: Language) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    labels, stay = words["rows"], words["stay"]
    if (who := letter.identity) is not None:
        name = f"<b>{_e(who.full_name)}</b>"
        if who.latin_name and who.latin_name.casefold() != who.full_name.casefold():
            name += f" ({_e(who.latin_name)})"  # as in the passport's machine-readable zone
        rows.append((labels["name"], name))
        if who.birth_date:
            rows.append((labels["birth_date"], short_date(who.birth_date)))
        elif who.birth_year:
            rows.append((labels["birth_year"], str(who.birth_year)))
        if minors.is_minor(who.birth_date, who.birth_year, letter.dated):  # the organisation sees it first
            rows.append((labels["minor"], f"<b>{_e(labels['minor_value'])}</b>"))
        rows.append((labels["sex"], _e(words["sex"].get(who.sex, who.sex))))
        rows.append((labels["citizenship"], _e(countries.name(who.citizenship, lang))))
        if who.languages:
            names = words["language_names"]
            rows.append((labels["languages"], _e(", ".join(names.get(code, code) for code in who.languages))))
    if letter.documents is not None and letter.documents:
        lines = []
        for doc in letter.documents:
            text = f"{words['document_kinds'].get(doc.kind, doc.kind)} {words['number_sign']} {doc.number} " \
                   f"({countries.name(doc.issuing_country, lang)})"
            if doc.issued_on:
                text += ", " + stay["issued"].format(date=short_date(doc.issued_on))
            if doc.expires_on:
                text += ", " + stay["valid_to"].format(date=short_date(doc.expires_on))
            lines.append(_e(text))
        rows.append((labels["documents"], "<br/>".join(lines)))
    if (contact := letter.contact) is not None:
        if contact.phone:
            rows.append((labels["phone"], _e(contact.phone)))
        if contact.address:
            rows.append((labels["address"], _e(contact.address)))
    if (migration := letter.migration) is not None:
        if migration.present and migration.entry is not None:
            basis = words["basis"].get(migration.basis or "other", migration.basis or "")
            text = stay["present"].format(entry=short_date(migration.entry), basis=basis)
            if migration.latest_exit is not None:
                key = "overstay" if migration.latest_exit < letter.dated else "latest_exit"
                text += "; " + stay[key].format(date=short_date(migration.latest_exit))
        else:
            text = stay["absent"]
        rows.append((labels["stay"], _e(text)))
        if migration.permits:
            lines = []
            for permit in migration.permits:
                text = words["permit_kinds"].get(permit.kind, permit.kind)
                if permit.number:
                    text += f" {words['number_sign']} {permit.number}"
                if permit.valid_to:
                    text += ", " + stay["valid_to"].format(date=short_date(permit.valid_to))
                lines.append(_e(text))
            rows.append((labels["permits"], "<br/>".join(lines)))
    if (assessment := letter.assessment) is not None:
        by = words["assessed_by"][assessment.assessed_by]
        if assessment.assessor:
            by = f"{by} – {assessment.assessor}"
        rows.append((labels["assessment"], _e(stay["assessed"].format(
            outcome=words["outcomes"][assessment.outcome], by=by, date=short_date(assessment.assessed_on)))))
    return rows


def _person(letter: ReferralLetter, words: dict, lang: Language) -> list:
    rows = _person_rows(letter, words, lang)
    flow: list = [_p(_e(words["person"]), "heading")]
    if not rows:
        return flow + [_p(_e(words["not_shared"]), "base")]
    table = Table([[_p(_e(label), "label"), _p(value, "value")] for label, value in rows],
                  colWidths=[WIDTH * 0.3, WIDTH * 0.7])
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                               ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return flow + [table]


def _signatures(letter: ReferralLetter, words: dict) -> KeepTogether:
    """Caseworker, client and recipient side by side; their signature lines level with each other."""
    column = WIDTH / 3

    def line() -> Table:
        table = Table([[_p(_e(words["signature"]), "sign_small"), _p(_e(words["date"]), "sign_small")]],
                      colWidths=[column * 0.58 - 6, column * 0.42 - 6])
        table.setStyle(_style([("LINEABOVE", (0, 0), (0, 0), 0.6, INK), ("LINEABOVE", (1, 0), (1, 0), 0.6, INK),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        return table

    client = letter.identity.full_name if letter.identity is not None else ""
    rows = [
        [_p(_e(words[key]), "sign_title") for key in ("sign_caseworker", "sign_client", "sign_recipient")],
        [_p(_e(letter.caseworker.name), "sign_small"), _p(_e(words["sign_client_text"]), "sign_small"),
         _p(_e(words["sign_recipient_text"]), "sign_small")],
        ["", "", ""],
        [line(), line(), line()],
        ["", _p(_e(client), "sign_small"), _p(_e(words["stamp"]), "sign_small")],
    ]
    table = Table(rows, colWidths=[column] * 3, rowHeights=[None, None, 8 * mm, None, None])
    table.setStyle(_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                               ("LINEBEFORE", (1, 0), (-1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, -1), (-1, -1), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([Spacer(1, 5 * mm), table])


def _story(letter: ReferralLetter, words: dict, lang: Language) -> list:
    flow = _header(letter, words)
    flow.append(_urgency(letter, words))
    flow.append(Spacer(1, 3 * mm))
    intro = words["intro"] if letter.identity is not None else words["intro_anonymous"]
    flow.append(_p(_e(intro), "base"))
    if letter.override:
        flow.append(Spacer(1, 2 * mm))
        flow.append(_p(_e(words["override"]), "base"))
    elif letter.consent_given_on is not None and letter.parts:
        flow.append(Spacer(1, 2 * mm))
        flow.append(_p(_e(words["consent"].format(date=long_date(letter.consent_given_on, lang))), "base"))
    flow += _person(letter, words, lang)
    if letter.assessment is not None and letter.assessment.outcome == IDENTIFIED:
        flow.append(_p(_e(words["protection"]), "heading"))
        flow.append(_p(_e(words["custodial_exemption"]), "base"))
    flow.append(_p(_e(words["services"]), "heading"))
    for service in letter.services:
        flow.append(Paragraph(_e(words["services_names"].get(service, service)), _styles()["bullet"],
                              bulletText="•"))
    if letter.situation:
        flow.append(_p(_e(words["reason"]), "heading"))
        flow.append(_p(_e(letter.situation).replace("\n", "<br/>"), "base"))
    caseworker = letter.caseworker
    contact = [f"<b>{_e(words['contact'])}:</b> {_e(caseworker.name)}"]
    if caseworker.phone:
        contact.append(f"{_e(words['phone'])}: {_e(caseworker.phone)}")
    if caseworker.email:
        contact.append(f"{_e(words['email'])}: {_e(caseworker.email)}")
    flow.append(Spacer(1, 3 * mm))
    flow.append(_p(_e(words["reply"].format(reference=letter.reference)) + "<br/>" + " · ".join(contact), "base"))
    flow.append(_signatures(letter, words))
    return flow


def _canvas_class(letter: ReferralLetter, words: dict) -> type[Canvas]:
    """A canvas that draws the draft mark, the confidentiality note and "page 1 of 2" on every page."""
    regular, bold = fonts.register()

    def decorate(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        if letter.draft:
            canvas.setFillColor(colors.Color(0.8, 0.8, 0.8, alpha=0.45))
            canvas.setFont(bold, 46)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, 0, words["draft"])
            canvas.rotate(-45)
            canvas.translate(-A4[0] / 2, -A4[1] / 2)
        # Every page says it is confidential: a page may be separated from the others.
        note = Paragraph(_e(words["confidential"]), _styles()["footer"])
        _, height = note.wrap(WIDTH, 20 * mm)
        note.drawOn(canvas, MARGIN, 12 * mm)
        canvas.setFont(regular, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 7.5 * mm, words["footer"].format(reference=letter.reference, page=number,
                                                                 pages=total))
        canvas.restoreState()

    return numbered_canvas(decorate)


def render(letter: ReferralLetter, lang: Language = "ru") -> bytes:
    """The letter as PDF bytes, in `lang` ("ru", "kk" or "en")."""
    words = dict(wording(lang), _lang=lang)
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=11 * mm,
                                 bottomMargin=22 * mm, title=f"{words['title'].capitalize()} {letter.reference}",
                                 author=letter.office.name_in(lang) if letter.office else "", creator="Qamqor",
                                 lang={"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}[lang])
    document.build(_story(letter, words, lang), canvasmaker=_canvas_class(letter, words))
    return out.getvalue()
