"""The CPD record as a PDF (ReportLab, as casework/brief_pdf.py) and as a Word document
(python-docx), and a session's attendance certificate (PDF).

What a regulator asks of CPD evidence: Social Work England's CPD records ask for the date,
the type of learning, what was learned and its impact on practice; the NMC's revalidation
log asks for the date, the method (participatory or not), the topic, the hours and a
reflective account. So each session gives its date, community, title, hours and the
format of the learning, then the person's own reflections (what they learned, what they
will do differently), with the total hours at the end."""

import io
import re
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import timezone
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .selectors import LEARNING_FORMAT, CpdRecord, hours_of, hours_words

BRAND = colors.HexColor("#1d4f73")
RULE = colors.HexColor("#b1b4b6")
GREY = colors.HexColor("#505a5f")
MARGIN = 18 * mm

_styles = getSampleStyleSheet()
TITLE = ParagraphStyle("CpdTitle", parent=_styles["Title"], alignment=0, spaceAfter=4)
H1 = ParagraphStyle("CpdH1", parent=_styles["Heading1"], fontSize=15, spaceBefore=10)
H2 = ParagraphStyle("CpdH2", parent=_styles["Heading2"], fontSize=12, spaceBefore=10)
BODY = ParagraphStyle("CpdBody", parent=_styles["BodyText"], fontSize=10, leading=14)
SMALL = ParagraphStyle("CpdSmall", parent=BODY, fontSize=8.5, leading=11, textColor=GREY)
LABEL = ParagraphStyle("CpdLabel", parent=BODY, fontName="Helvetica-Bold", spaceBefore=4)
CENTRED = ParagraphStyle("CpdCentred", parent=BODY, alignment=1, fontSize=12, leading=18)
BIG = ParagraphStyle("CpdBig", parent=_styles["Title"], fontSize=24, leading=30)

NO_REFLECTION = "No reflection written."


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped: ReportLab reads a paragraph as markup)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _day(moment) -> str:
    return f"{timezone.localtime(moment):%-d %B %Y}"


def _times(session) -> str:
    start, end = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    return f"{start:%-d %B %Y}, {start:%H:%M} to {end:%H:%M}"


def _document(buffer, *, title: str, footer: str, author: str):
    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, author=author, creator=settings.SITE_NAME)
    return document, on_page


def _name(user) -> str:
    return user.display_name or user.email


def _summary_table(record: CpdRecord) -> Table:
    data: list[list[str | Paragraph]] = [["Date", "Community", "Session", "Hours"]]
    data += [[_day(e.session.starts_at), _p(e.session.community.name),
              _p(e.session.title), e.hours_words] for e in record.entries]
    data.append(["", "", "Total hours", record.total_hours_words])
    table = Table(data, colWidths=[30 * mm, 45 * mm, 80 * mm, 19 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _reflection_parts(reflection) -> list[Flowable]:
    return [
        _p(f"Reflection written {_day(reflection.created_at)}", SMALL),
        _p("What I learned", LABEL), _p(reflection.learned),
        _p("What I will do differently", LABEL), _p(reflection.differently),
    ]


def cpd_pdf(record: CpdRecord) -> bytes:
    buffer = io.BytesIO()
    name = _name(record.user)
    document, on_page = _document(
        buffer, title=f"CPD record: {name}", author=name,
        footer=f"CPD record · {name} · {record.period_words}")
    story: list[Flowable] = [
        _p("Continuing professional development record", TITLE),
        _p(f"{name} · {record.period_words}"),
        _p(f"Made on {record.made_on:%-d %B %Y} from {settings.SITE_NAME}. Sessions as "
           "recorded in each community's register; reflections written by the member.",
           SMALL),
        Spacer(1, 6),
        _p(f"Sessions attended: {len(record.entries)}. Total hours: "
           f"{record.total_hours_words}.", H2),
        _p(f"Format of the learning: {LEARNING_FORMAT}. Hours are each session's length "
           "to the nearest quarter hour.", SMALL),
        Spacer(1, 6),
    ]
    if record.entries:
        story.append(_summary_table(record))
    else:
        story.append(_p("No sessions attended in this period."))
    if record.entries:
        story.append(_p("Sessions and reflections", H1))
    for entry in record.entries:
        session = entry.session
        block: list[Flowable] = [
            _p(session.title, H2),
            _p(f"{_times(session)} · {session.community.name} · {entry.hours_words} hours",
               SMALL),
            _p(f"Format: {LEARNING_FORMAT}", SMALL),
        ]
        if entry.reflections:
            for reflection in entry.reflections:
                block += _reflection_parts(reflection)
        else:
            block.append(_p(NO_REFLECTION, SMALL))
        story.append(KeepTogether(block[:4]))
        story += block[4:]
    if record.other_reflections:
        story.append(_p("Other reflections", H1))
        for reflection in record.other_reflections:
            story += _reflection_parts(reflection)
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


# What XML 1.0, and so a Word file, cannot hold: control characters a pasted text may
# carry (python-docx refuses them). Left out of what people wrote.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _word(text: str) -> str:
    return _NOT_IN_XML.sub("", text)


def cpd_docx(record: CpdRecord) -> bytes:
    import docx  # python-docx: only when a Word file is asked for

    name = _word(_name(record.user))
    document = docx.Document()
    document.core_properties.title = f"CPD record: {name}"
    document.core_properties.author = name
    document.add_heading("Continuing professional development record", level=0)
    document.add_paragraph(f"{name} · {record.period_words}")
    document.add_paragraph(
        f"Made on {record.made_on:%-d %B %Y} from {settings.SITE_NAME}. Sessions as recorded "
        "in each community's register; reflections written by the member.")
    document.add_heading(f"Sessions attended: {len(record.entries)}. Total hours: "
                         f"{record.total_hours_words}.", level=2)
    document.add_paragraph(f"Format of the learning: {LEARNING_FORMAT}. Hours are each "
                           "session's length to the nearest quarter hour.")
    if record.entries:
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, heading in zip(table.rows[0].cells, ("Date", "Community", "Session", "Hours"),
                                 strict=True):
            cell.text = heading
        for entry in record.entries:
            cells = table.add_row().cells
            cells[0].text = _day(entry.session.starts_at)
            cells[1].text = _word(entry.session.community.name)
            cells[2].text = _word(entry.session.title)
            cells[3].text = entry.hours_words
        cells = table.add_row().cells
        cells[2].text = "Total hours"
        cells[3].text = record.total_hours_words
        document.add_heading("Sessions and reflections", level=1)
    else:
        document.add_paragraph("No sessions attended in this period.")

    def reflection(r) -> None:
        document.add_paragraph().add_run(f"Reflection written {_day(r.created_at)}").italic = True
        document.add_heading("What I learned", level=3)
        document.add_paragraph(_word(r.learned))
        document.add_heading("What I will do differently", level=3)
        document.add_paragraph(_word(r.differently))

    for entry in record.entries:
        session = entry.session
        document.add_heading(_word(session.title), level=2)
        document.add_paragraph(f"{_times(session)} · {_word(session.community.name)} · "
                               f"{entry.hours_words} hours")
        document.add_paragraph(f"Format: {LEARNING_FORMAT}")
        for r in entry.reflections:
            reflection(r)
        if not entry.reflections:
            document.add_paragraph(NO_REFLECTION)
    if record.other_reflections:
        document.add_heading("Other reflections", level=1)
        for r in record.other_reflections:
            reflection(r)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def certificate_pdf(user, session) -> bytes:
    """A one-page certificate that `user` was recorded as present at `session`."""
    buffer = io.BytesIO()
    name = _name(user)
    hours = hours_words(hours_of(session.starts_at, session.ends_at))
    document, on_page = _document(
        buffer, title=f"Certificate of attendance: {session.title}", author=settings.SITE_NAME,
        footer=f"Certificate of attendance · {session.community.name} · {_day(session.starts_at)}")
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        _p("Certificate of attendance", BIG),
        Spacer(1, 10 * mm),
        _p("This is to confirm that", CENTRED),
        _p(name, ParagraphStyle("CpdName", parent=BIG, fontSize=20, textColor=BRAND)),
        _p("was recorded as present at", CENTRED),
        _p(session.title, ParagraphStyle("CpdSession", parent=CENTRED, fontSize=15,
                                         fontName="Helvetica-Bold")),
        _p(f"a session of {session.community.name}", CENTRED),
        _p(f"on {_times(session)} ({hours} hours)", CENTRED),
        Spacer(1, 8 * mm),
        _p(f"Format of the learning: {LEARNING_FORMAT}.", CENTRED),
        Spacer(1, 20 * mm),
        _p(f"Issued on {timezone.localdate():%-d %B %Y} by {settings.SITE_NAME} from the "
           "session's register, as the community's facilitator recorded it.", SMALL),
    ]
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
