"""The flowables that tie the report together: where a section starts, and a contents line."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from copeditor.compile.report_canvas import contents_form_name
from copeditor.formats.pdf import markup
from copeditor.formats.pdf.rtl import has_rtl, visual_line

NUMBER_ROOM = 42  # points kept free at the right of a contents line for its page number
MAX_SHOWN = 300  # characters of a name shown in the contents and bookmarks


def shown_name(name: str) -> str:
    """A name on one line, cut to a length that a contents line or a bookmark can hold."""
    name = " ".join(name.split())
    return name if len(name) <= MAX_SHOWN else name[: MAX_SHOWN - 1].rstrip() + "…"


class SectionStart(Flowable):
    """Invisible: where it lands, a destination, an outline entry and the footer's section name
    begin; the page is noted for the contents."""

    def __init__(self, key: str, title: str, level: int, footer: str | None = None) -> None:
        super().__init__()
        self.key, self.title, self.level = key, shown_name(title), level
        self.footer = footer  # the footer's section name from here on; None: unchanged
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.bookmarkHorizontal(self.key, 0, 0)
        canvas.addOutlineEntry(self.title, self.key, self.level, closed=self.level == 0)
        canvas.references.pages[self.key] = canvas.getPageNumber()
        if self.footer is not None:
            canvas.section_title = self.footer


class ContentsEntry(Flowable):
    """A contents line: the name (wrapped if long), dot leaders, the page number, and a link."""

    def __init__(self, number: int, key: str, name: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.number, self.key = number, key
        name = shown_name(name)
        self.paragraph = Paragraph(
            markup.wrappable_text(visual_line(name) if has_rtl(name) else name), style
        )
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.height = self.paragraph.wrap(available_width, available_height)
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a few lines at most: moved whole to the next page

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.paragraph.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.paragraph.style.spaceAfter)

    def draw(self) -> None:
        canvas: Any = self.canv
        self.paragraph.drawOn(canvas, 0, 0)
        lines = self.paragraph.blPara.lines
        style = self.paragraph.style
        baseline = self.height - style.fontSize - (len(lines) - 1) * style.leading
        canvas.saveState()
        canvas.translate(self.width, baseline)
        canvas.doForm(contents_form_name(self.number))
        canvas.restoreState()
        canvas.references.entries[self.number] = (self.key, _text_end(self.paragraph) - self.width)
        canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def _text_end(paragraph: Paragraph) -> float:
    """Where the last line's text ends, from the paragraph's left edge."""
    line = paragraph.blPara.lines[-1]
    extra = line[0] if isinstance(line, tuple) else getattr(line, "extraSpace", 0)
    return float(paragraph.width - paragraph.style.rightIndent - extra)
