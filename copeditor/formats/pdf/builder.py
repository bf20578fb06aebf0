"""Build the PDF of a Submission: the template's wording and order, reading only the model."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable

from copeditor import __version__
from copeditor.atomicfile import write_atomic
from copeditor.formats.pdf import markup
from copeditor.formats.pdf.attachment import draft_attachment_canvas
from copeditor.formats.pdf.blocks import markdown_flowables
from copeditor.formats.pdf.document import Bookmark, FooterCanvas, SubmissionDocTemplate
from copeditor.formats.pdf.fonts import register_fonts, undrawable
from copeditor.formats.pdf.paragraph import Paragraph, paragraphs
from copeditor.formats.pdf.rtl import has_rtl, visual_line
from copeditor.formats.pdf.styles import (
    PAGE_SIZES,
    ROOM_BELOW_HEADING,
    ROOM_BELOW_LABEL,
    paragraph_styles,
)
from copeditor.links import complete_web_address
from copeditor.model import Programme, Submission, form_template


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "a4"  # a key of styles.PAGE_SIZES: "a4" or "letter"
    omit_empty_areas: bool = False  # leave out unanswered areas instead of showing empty labels
    language: str = "en"
    embed_draft: bool = True  # carry the draft inside, as an attachment (a "hybrid" PDF)


def export_pdf(
    submission: Submission, target: Path | str | BinaryIO, options: PdfOptions | None = None
) -> None:
    """Write the PDF to a stream, or to a path atomically (a failed export never leaves half a
    PDF where a good one was)."""
    data = pdf_bytes(submission, options)
    if isinstance(target, (str, Path)):
        write_atomic(Path(target), data)
    else:
        target.write(data)


class UndrawableCharactersError(ValueError):
    """Some characters have no glyph in any shipped font: refused, rather than drawn as boxes."""


def pdf_bytes(submission: Submission, options: PdfOptions | None = None) -> bytes:
    options = options or PdfOptions()
    if options.page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {options.page_size!r}: use one of {list(PAGE_SIZES)}")
    register_fonts()
    check_characters(submission)
    template = form_template()
    buffer = io.BytesIO()
    organisation = " ".join(submission.organisation.split())
    document = SubmissionDocTemplate(
        buffer,
        page_size=PAGE_SIZES[options.page_size],
        footer="Page {page} of ",
        date=submission.last_modified,
        title=f"{template.title}: {organisation}" if organisation else template.title,
        author=organisation,
        subject="Child Online Protection (COP) initiative: a partner's ongoing project summary",
        creator=f"copeditor {__version__}",
        lang=options.language,
    )
    canvas_class = (
        draft_attachment_canvas(FooterCanvas, submission) if options.embed_draft else FooterCanvas
    )
    document.build(_story(submission, options, paragraph_styles()), canvasmaker=canvas_class)
    return buffer.getvalue()


def user_texts(submission: Submission) -> list[tuple[str, str]]:
    """Every text the user wrote, with where it is: ("Area 1, programme 2, summary", text)."""
    texts = [("organisation name", submission.organisation)]
    for area_index, area in enumerate(submission.areas):
        for programme_index, programme in enumerate(area.programmes):
            where = f"Area {area_index + 1}, programme {programme_index + 1}"
            for field, value in programme.model_dump().items():
                texts.append((f"{where}, {field.replace('_', ' ')}", value))
    return texts


def check_characters(submission: Submission) -> None:
    problems = []
    for where, value in user_texts(submission):
        for character in undrawable(value):
            problems.append(f"{character!r} (U+{ord(character):04X}) in {where}")
    if problems:
        shown = "; ".join(problems[:5]) + (
            f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        raise UndrawableCharactersError(f"no font for these characters: {shown}")


def _story(
    submission: Submission, options: PdfOptions, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    template = form_template()
    story: list[Flowable] = [
        Paragraph(markup.text(template.title), styles["title"]),
        Paragraph(markup.text(template.subtitle), styles["subtitle"]),
        *paragraphs(
            f"{markup.text(template.organisation_label)} "
            f"{markup.wrappable_text(_display(submission.organisation, 'L'))}",
            styles["organisation"],
        ),
    ]
    for area_index, area in enumerate(submission.areas):
        if options.omit_empty_areas and not area.is_answered():
            continue
        area_template = template.areas[area_index]
        heading: list[Flowable] = [
            CondPageBreak(ROOM_BELOW_HEADING),  # a heading never ends a page
            Bookmark(
                f"area{area_index + 1}",
                f"Area {area_template.number}: {area_template.short_name}",
                0,
            ),
            Paragraph(markup.text(template.heading_for(area_index)), styles["area_heading"]),
        ]
        programmes = [p for p in area.programmes if not p.is_blank()]
        if not programmes:
            # An unanswered area is its heading and four labels, all from the template (short,
            # never user text): kept on one page, so a reader sees at once it was not answered.
            group = [*heading[1:], *(f for f in _programme(area_index, 0, Programme(), styles)
                                     if not isinstance(f, CondPageBreak))]  # fmt: skip
            story += [RoomFor(group), *group]
            continue
        story += heading
        for programme_index, programme in enumerate(programmes):
            story.extend(_programme(area_index, programme_index, programme, styles))
    return story


class RoomFor(CondPageBreak):
    """A page break unless the (short) flowables after it fit in what is left of the page: they
    are measured as laid out, at the frame's width, so nothing is guessed."""

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(0)
        self.flowables = flowables

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.height = sum(
            flowable.wrap(availWidth, availHeight)[1]
            + flowable.getSpaceBefore()
            + flowable.getSpaceAfter()
            for flowable in self.flowables
        )
        return super().wrap(availWidth, availHeight)


def _programme(
    area_index: int, programme_index: int, programme: Programme, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    template = form_template()
    labels = template.labels
    website = programme.website.strip()
    # Printed as the partner wrote it (www.ecpat.net, as in the template), linked in full.
    full_address = complete_web_address(website) or website
    website_markup = markup.link(full_address, markup.wrappable_text(_display(website, "L")))
    flowables: list[Flowable] = [CondPageBreak(ROOM_BELOW_LABEL)]
    if not programme.is_blank():
        title = " ".join(programme.name.split()) or f"Programme {programme_index + 1}"
        flowables.append(Bookmark(f"area{area_index + 1}-{programme_index + 1}", title, 1))
    flowables += [
        Paragraph(markup.text(template.name_label_for(area_index)), styles["label"]),
        *paragraphs(_lines(programme.name), styles["value"]),
        *paragraphs(f"{markup.text(labels.website)} {website_markup}", styles["label"]),
        CondPageBreak(ROOM_BELOW_LABEL),
        Paragraph(markup.text(labels.summary), styles["label"]),
        *markdown_flowables(programme.summary, styles),
        CondPageBreak(ROOM_BELOW_LABEL),
        Paragraph(markup.text(labels.additional_information), styles["label"]),
        *markdown_flowables(programme.additional_information, styles),
    ]
    return flowables


def _lines(value: str) -> str:
    lines = value.strip().split("\n")
    return "<br/>".join(markup.wrappable_text(_display(line.strip())) for line in lines)


def _display(value: str, base: str | None = None) -> str:
    """A one-line value containing right-to-left text, joined and in display order."""
    return visual_line(value, base) if has_rtl(value) else value


# The compiled report lays out each submission, and each programme, as this export does.
submission_story = _story
programme_flowables = _programme
