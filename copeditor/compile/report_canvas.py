"""The compiled report's page frame: footer with section and "Page X of Y", and the contents'
page numbers, all in one layout pass.

Numbers not known while a page is drawn (the total; the page where a later section starts) are
drawn as PDF forms that the canvas defines once the last page is done, as the single export does
for its total: no second layout pass (reportlab's multiBuild would lay everything out twice).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import BaseDocTemplate

from copeditor.formats.pdf.document import PAGE_TOTAL_FORM, FooterCanvas, SubmissionDocTemplate
from copeditor.formats.pdf.fonts import runs
from copeditor.formats.pdf.rtl import has_rtl, visual_line
from copeditor.formats.pdf.styles import FONT_FAMILY, FOOTER_OFFSET, FOOTER_SIZE

CONTENTS_NUMBER_SIZE = 10.5
LEADER_GAP = 6.0  # points between a leader's dots and the text or the number


def contents_form_name(number: int) -> str:
    return f"contentsPage{number}"


@dataclass
class ContentsReferences:
    """What the contents refer to: for each entry, its destination and where its leader starts;
    for each destination, the page it landed on."""

    entries: dict[int, tuple[str, float]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)


class ReportCanvas(FooterCanvas):
    """A FooterCanvas that also defines, at the end, each contents entry's page number."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.references = ContentsReferences()
        self.section_title = ""
        self.pages = 0

    def save(self) -> None:
        self.pages = self.getPageNumber() - 1
        for number, (key, leader_from) in self.references.entries.items():
            page = self.references.pages.get(key)
            _define_number_form(self, contents_form_name(number), str(page or ""), leader_from)
        super().save()


def _define_number_form(canvas: Canvas, name: str, text: str, leader_from: float) -> None:
    """A form drawing `text` right-aligned at its origin, with dot leaders back to the entry."""
    size = CONTENTS_NUMBER_SIZE
    canvas.beginForm(name, lowerx=leader_from - 1, lowery=-3, upperx=1, uppery=size + 2)
    canvas.setFont(FONT_FAMILY, size)
    width = stringWidth(text, FONT_FAMILY, size)
    canvas.drawRightString(0, 0, text)
    dot = stringWidth(". ", FONT_FAMILY, size)
    room = -width - LEADER_GAP - (leader_from + LEADER_GAP)
    if room > dot:
        canvas.drawRightString(-width - LEADER_GAP, 0, ". " * int(room / dot))
    canvas.endForm()


class ReportDocTemplate(SubmissionDocTemplate):
    """The single export's page frame, with the report's footer drawn when a page ends (so that
    it names the section the page belongs to)."""

    def __init__(
        self, target: Any, page_size: tuple[float, float], date: datetime | None, **metadata: Any
    ) -> None:
        super().__init__(
            target, page_size=page_size, footer="Page {page} of ", date=date, **metadata
        )
        for template in self.pageTemplates:
            template.onPage = _nothing
            template.onPageEnd = self._draw_report_footer

    def _draw_report_footer(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        section = getattr(canvas, "section_title", "")
        right = document.pagesize[0] - self.rightMargin
        before_total = f"Page {document.page} of "
        # Right-aligned as if the total had as many digits as this page's number.
        width = stringWidth(before_total + str(document.page), FONT_FAMILY, FOOTER_SIZE)
        x = right - width
        canvas.saveState()
        canvas.setFont(FONT_FAMILY, FOOTER_SIZE)
        canvas.drawString(x, FOOTER_OFFSET, before_total)
        if section:
            _draw_runs(
                canvas, self.leftMargin, FOOTER_OFFSET, _fit(section, x - self.leftMargin - 12)
            )
        canvas.translate(x + stringWidth(before_total, FONT_FAMILY, FOOTER_SIZE), FOOTER_OFFSET)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()


def _nothing(canvas: Canvas, document: BaseDocTemplate) -> None:
    return None


def _width(text: str) -> float:
    return float(sum(stringWidth(part, font, FOOTER_SIZE) for font, part in runs(text)))


def _fit(text: str, room: float) -> str:
    """`text` in display order, cut with an ellipsis to fit `room` points."""
    text = " ".join(text.split())
    if _width(text) > room:
        low, high = 0, len(text)
        while low < high:  # the longest prefix that fits with its ellipsis
            middle = (low + high + 1) // 2
            if _width(text[:middle] + "…") <= room:
                low = middle
            else:
                high = middle - 1
        text = text[:low].rstrip() + "…"
    return visual_line(text) if has_rtl(text) else text


def _draw_runs(canvas: Canvas, x: float, y: float, text: str) -> None:
    for font, part in runs(text):
        canvas.setFont(font, FOOTER_SIZE)
        canvas.drawString(x, y, part)
        x += stringWidth(part, font, FOOTER_SIZE)
