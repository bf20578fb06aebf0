"""The report's body as units of flowables, each made from one submission (or one submission's
area), laid out by the single export's own builder: same styles, fonts, links and safety."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from copeditor.compile.contents import SectionStart
from copeditor.compile.prewrap import prewrap
from copeditor.compile.report_styles import report_styles
from copeditor.formats.pdf import markup
from copeditor.formats.pdf.builder import PdfOptions, programme_flowables, submission_story
from copeditor.formats.pdf.document import Bookmark
from copeditor.formats.pdf.fonts import register_fonts
from copeditor.formats.pdf.rtl import has_rtl, visual_line
from copeditor.formats.pdf.styles import ROOM_BELOW_HEADING
from copeditor.model import Submission, form_template

NO_PROGRAMME = "No partner described a programme in this area."


@dataclass(frozen=True)
class Unit:
    """One piece of the body: a partner's section, an area's heading, or a partner in an area."""

    kind: str  # "partner", "area" or "partner-in-area"
    key: str  # the destination the contents and bookmarks point at
    name: str  # the partner's (or area's) name as shown
    area_index: int = -1
    submission: Submission | None = None
    empty_area: bool = False


def area_title(area_index: int) -> str:
    area = form_template().areas[area_index]
    return f"Area {area.number}: {area.short_name}"


@cache
def _styles() -> dict[str, ParagraphStyle]:
    return report_styles()


def laid_out_unit(job: tuple[Unit, float]) -> list[Flowable]:
    """A unit's flowables with their paragraphs already broken into lines for `width`
    (run in a worker process; the result is pickled back)."""
    unit, width = job
    register_fonts()
    return prewrap(unit_flowables(unit), width)


def unit_flowables(unit: Unit) -> list[Flowable]:
    styles = _styles()
    if unit.kind == "partner":
        assert unit.submission is not None
        story = submission_story(unit.submission, PdfOptions(), styles)
        return [PageBreak(), SectionStart(unit.key, unit.name, 0, unit.name), *_nested(story, unit)]
    if unit.kind == "area":
        heading = form_template().heading_for(unit.area_index)
        flowables: list[Flowable] = [
            PageBreak(),
            SectionStart(unit.key, area_title(unit.area_index), 0, area_title(unit.area_index)),
            Paragraph(markup.text(heading), styles["area_heading"]),
        ]
        if unit.empty_area:
            flowables.append(Paragraph(markup.text(NO_PROGRAMME), styles["body"]))
        return flowables
    assert unit.submission is not None
    area = unit.submission.areas[unit.area_index]
    shown = visual_line(unit.name, "L") if has_rtl(unit.name) else unit.name
    flowables = [
        CondPageBreak(ROOM_BELOW_HEADING),
        SectionStart(unit.key, unit.name, 1),
        Paragraph(markup.wrappable_text(shown), styles["partner_heading"]),
    ]
    programmes = [p for p in area.programmes if not p.is_blank()]
    for number, programme in enumerate(programmes):
        flowables += programme_flowables(unit.area_index, number, programme, styles)
    return _nested(flowables, unit)


def _nested(flowables: list[Flowable], unit: Unit) -> list[Flowable]:
    """The builder's bookmarks, one level down and with keys unique in the whole report."""
    for flowable in flowables:
        if isinstance(flowable, Bookmark):
            flowable.key = f"{unit.key}-{flowable.key}"
            flowable.level += 1
    return flowables
