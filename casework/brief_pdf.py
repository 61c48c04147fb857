"""The system barriers brief as a PDF, made with ReportLab (its page layout, Platypus, and
its own charts): A4, a table and a bar chart for each breakdown, the examples and the
escalations. See casework/brief.py for what it holds, and README "The system barriers
brief" for why ReportLab."""

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
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

from .barrier_report import Cell, ShownRow
from .brief import Brief

BRAND = colors.HexColor("#1d4f73")  # the bars of the barriers page's chart
RULE = colors.HexColor("#b1b4b6")
NOT_SHOWN = "not shown"
LABEL_CHARACTERS = 38  # a chart's labels, cut to fit beside the bars
MARGIN = 18 * mm

_styles = getSampleStyleSheet()
TITLE = ParagraphStyle("BriefTitle", parent=_styles["Title"], alignment=0, spaceAfter=4)
H1 = ParagraphStyle("BriefH1", parent=_styles["Heading1"], fontSize=15, spaceBefore=10)
H2 = ParagraphStyle("BriefH2", parent=_styles["Heading2"], fontSize=12, spaceBefore=8)
BODY = ParagraphStyle("BriefBody", parent=_styles["BodyText"], fontSize=10, leading=14)
SMALL = ParagraphStyle("BriefSmall", parent=BODY, fontSize=8.5, leading=11,
                       textColor=colors.HexColor("#505a5f"))
BETWEEN = ParagraphStyle("BriefBetween", parent=SMALL, spaceAfter=8)
LABEL = ParagraphStyle("BriefLabel", parent=BODY, fontName="Helvetica-Bold")
QUOTE = ParagraphStyle("BriefQuote", parent=BODY, leftIndent=10, spaceBefore=6)


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph of plain text (escaped: ReportLab reads a paragraph as markup)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _count(cell: Cell) -> str:
    return NOT_SHOWN if cell.value is None else str(cell.value)


def _table(heading: str, rows: Sequence[ShownRow], total: Cell, threshold: int) -> Table:
    total_words = f"fewer than {threshold}" if total.value is None else str(total.value)
    data = ([[heading, "Barriers"]] + [[_p(r.label), _count(r.cell)] for r in rows]
            + [["All barriers", total_words]])
    table = Table(data, colWidths=[120 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _chart(rows: Sequence[ShownRow]) -> Drawing | None:
    """Bars for the counts shown (the hidden ones are left out, not drawn as nothing)."""
    shown = [r for r in rows if r.cell.value is not None]
    if not shown:
        return None
    shown.reverse()  # ReportLab draws the first category at the bottom
    row_height = 16
    height = len(shown) * row_height + 24
    drawing = Drawing(170 * mm, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = round(70 * mm), 16
    chart.width, chart.height = round(85 * mm), len(shown) * row_height
    chart.data = [[r.cell.value or 0 for r in shown]]
    chart.bars[0].fillColor = BRAND
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    chart.categoryAxis.categoryNames = [
        r.label if len(r.label) <= LABEL_CHARACTERS else r.label[:LABEL_CHARACTERS - 1] + "…"
        for r in shown]
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    drawing.add(chart)
    return drawing


def _breakdown(title: str, heading: str, rows: Sequence[ShownRow], brief: Brief
               ) -> list[Flowable]:
    """The heading, the chart and the table (the heading kept with the chart)."""
    top: list[Flowable] = [Paragraph(escape(title), H1)]
    if not rows:
        return [*top, _p("No barriers were recorded in this period.")]
    chart = _chart(rows)
    if chart is not None:
        top.append(chart)
        if any(r.cell.value is None for r in rows):
            top.append(_p("Counts not shown are left out of the chart.", SMALL))
        top.append(Spacer(1, 4))
    return [KeepTogether(top), _table(heading, rows, brief.total, brief.threshold)]


def _about(brief: Brief) -> list[Flowable]:
    total = (f"fewer than {brief.threshold}" if brief.total.value is None
             else str(brief.total.value))
    return [
        Paragraph("System barriers brief", TITLE),
        _p(f"{brief.community} · {brief.period.words}"),
        _p(f"Made on {brief.made_on:%-d %B %Y}.", SMALL),
        Spacer(1, 6),
        _p(f"Barriers recorded in this period: {total}.", H2),
        _p("Members of this community of practice, frontline workers from many services, "
           "record the service access barriers their clients meet: a rule, a threshold or a "
           "gap that stopped someone getting help. This brief counts the barriers recorded "
           "on the community's anonymised case studies in the period, gives examples its "
           "facilitator chose, and lists what the community raised with those who can "
           "change them, with their responses."),
        _p(f"To protect the people in the cases, counts of fewer than {brief.threshold} "
           "barriers are not shown, and neither are some larger ones, so that a hidden count "
           f"cannot be worked out from the totals: each reads \u201c{NOT_SHOWN}\u201d. A total "
           f"under {brief.threshold} reads \u201cfewer than {brief.threshold}\u201d. A kind "
           "of barrier or a service with none in the period is not listed. Every text "
           "quoted passed the identifier check when this brief was made.", SMALL),
    ]


def _examples(brief: Brief) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph("Examples", H1)]
    if not brief.examples:
        return [*parts, _p("No examples were chosen for this brief.")]
    for example in brief.examples:
        parts.append(KeepTogether([
            _p(f"\u201c{example.text}\u201d", QUOTE),
            _p(f"{example.field_label} · {example.category} · {example.service} · "
               f"overcome: {example.overcome.lower()} · recorded "
               f"{example.recorded_on:%B %Y}", BETWEEN),
        ]))
    return parts


def _escalations(brief: Brief) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph("Escalations and their responses", H1)]
    if not brief.escalations:
        return [*parts, _p("Nothing was escalated in this period.")]
    for entry in brief.escalations:
        block: list[Flowable] = [
            Paragraph(escape(entry.title), H2),
            _p(f"Raised with {entry.raised_with} on {entry.raised_on:%-d %B %Y}. "
               f"Status: {entry.status}." + (f" About: {entry.about}." if entry.about else ""),
               SMALL),
            _p("The evidence sent", LABEL),
            _p(entry.evidence),
            _p("Their response", LABEL),
            _p(entry.response or "No response yet."),
        ]
        parts.append(KeepTogether(block))
    return parts


def brief_pdf(brief: Brief) -> bytes:
    buffer = io.BytesIO()
    footer = f"System barriers brief · {brief.community} · {brief.period.words}"

    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#505a5f"))
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {document.page}")
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=f"System barriers brief: {brief.community}",
        subject=brief.period.words, author=brief.community, creator="Communities of Practice")
    story = [
        *_about(brief),
        *_breakdown("Barriers by kind", "Kind of barrier", brief.by_category, brief),
        *_breakdown("Barriers by type of service", "Type of service", brief.by_service_type,
                    brief),
        *_breakdown("Barriers by service", "Service", brief.by_service, brief),
        *_examples(brief),
        *_escalations(brief),
    ]
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
