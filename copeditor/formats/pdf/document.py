"""The page frame: margins, the "Page X of Y" footer, bookmarks, and the document's date."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate

from copeditor.formats.pdf.styles import FONT_FAMILY, FOOTER_OFFSET, FOOTER_SIZE, MARGINS

PAGE_TOTAL_FORM = "pageTotal"


class FooterCanvas(Canvas):
    """A canvas whose pages show "of Y" through a form drawn once, when Y is known.

    Every footer refers to the form; save() defines it after the last page. One layout pass
    instead of two, and pages are written as they end, so bookmarks keep working (unlike the
    recipe that holds pages back until the end).
    """

    def save(self) -> None:
        self.beginForm(PAGE_TOTAL_FORM)
        self.setFont(FONT_FAMILY, FOOTER_SIZE)
        self.drawString(0, 0, str(self.getPageNumber() - 1))  # pages shown so far
        self.endForm()
        super().save()


class Bookmark(Flowable):
    """An invisible mark: where it lands, an outline entry points (areas, then programmes)."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.keepWithNext = True  # stay on the page of the heading that follows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.title, self.key, self.level, closed=False)


class SubmissionDocTemplate(BaseDocTemplate):
    def __init__(
        self,
        target: Any,
        page_size: tuple[float, float],
        footer: str,
        date: datetime | None,
        **metadata: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=page_size,
            leftMargin=MARGINS["left"],
            rightMargin=MARGINS["right"],
            topMargin=MARGINS["top"],
            bottomMargin=MARGINS["bottom"],
            initialFontName=FONT_FAMILY,  # else an unused Helvetica is referenced
            invariant=1,  # no random ID, no wall-clock date: identical drafts give identical PDFs
            **metadata,
        )
        self._footer = footer
        self._date = date
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_footer)])

    def _makeCanvas(self, *args: Any, **kwargs: Any) -> Canvas:  # noqa: N802
        canvas = super()._makeCanvas(*args, **kwargs)
        canvas.showOutline()
        stamp = _document_timestamp(self._date)
        if stamp is not None:
            canvas._doc._timeStamp = stamp
        return canvas

    def _draw_footer(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """ "Page X of " as text, then the page-total form; centred as if Y had X's digits."""
        before_total = self._footer.format(page=document.page)
        width = stringWidth(before_total + str(document.page), FONT_FAMILY, FOOTER_SIZE)
        x = (document.pagesize[0] - width) / 2
        canvas.saveState()
        canvas.setFont(FONT_FAMILY, FOOTER_SIZE)
        canvas.drawString(x, FOOTER_OFFSET, before_total)
        canvas.translate(x + stringWidth(before_total, FONT_FAMILY, FOOTER_SIZE), FOOTER_OFFSET)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()


def _document_timestamp(date: datetime | None) -> TimeStamp | None:
    """The PDF's date: SOURCE_DATE_EPOCH when set (reportlab reads it), else the draft's date."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").strip() or date is None:
        return None
    seconds = date.timestamp() if date.tzinfo else date.replace(tzinfo=UTC).timestamp()
    stamp = TimeStamp(invariant=True)
    fields = time.gmtime(int(seconds))
    stamp.t, stamp.lt, stamp.YMDhms = int(seconds), tuple(fields), tuple(fields)[:6]
    return stamp
