"""The report's first pages: the cover (title, date, partners and programmes per area) and the
contents, whose page numbers are filled in when the last page is known."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from copeditor.compile.contents import ContentsEntry, SectionStart
from copeditor.compile.options import Entry
from copeditor.compile.sections import Unit, area_title
from copeditor.formats.pdf import markup
from copeditor.formats.pdf.styles import FONT_FAMILY
from copeditor.model import form_template

CONTENTS_KEY = "contents"


def cover_flowables(
    title: str, day: date, entries: list[Entry], styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    template = form_template()
    partners = len(entries)
    programmes = sum(
        _programmes(entry, index) for entry in entries for index in range(len(template.areas))
    )
    rows: list[list[Flowable]] = [
        [
            Paragraph("Action area", styles["cover_head"]),
            Paragraph("Partners", styles["cover_head"]),
            Paragraph("Programmes", styles["cover_head"]),
        ]
    ]
    for index in range(len(template.areas)):
        counts = [_programmes(entry, index) for entry in entries]
        rows.append(
            [
                Paragraph(markup.text(area_title(index)), styles["cover_cell"]),
                Paragraph(str(sum(1 for count in counts if count)), styles["cover_cell"]),
                Paragraph(str(sum(counts)), styles["cover_cell"]),
            ]
        )
    table = Table(rows, colWidths=["58%", "19%", "23%"], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_FAMILY),  # else Table references Helvetica
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#000000"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, "#999999"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    plural = "s" if partners != 1 else ""
    return [
        Paragraph(markup.wrappable_text(" ".join(title.split())), styles["cover_title"]),
        Paragraph("Child Online Protection (COP) initiative", styles["cover_line"]),
        Paragraph(markup.text(_long_date(day)), styles["cover_line"]),
        Paragraph(
            markup.text(f"{partners} partner organisation{plural}, {programmes} programmes"),
            styles["cover_line"],
        ),
        Spacer(1, 24),
        table,
    ]


def contents_flowables(units: list[Unit], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    flowables: list[Flowable] = [
        PageBreak(),
        SectionStart(CONTENTS_KEY, "Contents", 0, "Contents"),
        Paragraph("Contents", styles["contents_heading"]),
    ]
    for number, unit in enumerate(units):
        level = 1 if unit.kind == "partner-in-area" else 0
        flowables.append(ContentsEntry(number, unit.key, unit.name, styles[f"contents_{level}"]))
    return flowables


def _programmes(entry: Entry, area_index: int) -> int:
    area = entry.submission.areas[area_index]
    return sum(1 for programme in area.programmes if not programme.is_blank())


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"  # not strftime: it follows the locale
