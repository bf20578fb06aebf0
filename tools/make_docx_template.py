"""Build resources/docx/cop-summary-template.docx, the Word template the .docx export fills in.

It is python-docx's blank document with the form's named paragraph styles (title, subtitle, area
heading, label, answer), a bulleted and a numbered list definition, A4 pages, and no leftovers
(thumbnail, author). The result is the same bytes on every run; a test checks that the shipped
file is what this script makes. Run from the checkout: .venv/bin/python tools/make_docx_template.py
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.parser import parse_xml
from docx.shared import Cm, Pt, RGBColor

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(CHECKOUT))

from copeditor.formats.docx import template as names  # noqa: E402
from copeditor.formats.docx.stable_zip import stable_zip  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY_SIZE = Pt(10.5)
LINK_COLOUR = RGBColor(0x1A, 0x4F, 0x9C)  # the PDF's link colour
BULLETS = ["\u2022", "\u25e6", "\u25aa"]  # bullet, white bullet, small square, repeated


def build() -> bytes:
    document = docx.Document()
    _drop_leftovers(document)
    _page_setup(document)
    _styles(document)
    _numbering(document)
    properties = document.core_properties
    properties.author = properties.last_modified_by = properties.comments = ""
    properties.title = "COP Partners' Ongoing Project Summary"
    properties.subject = "Child Online Protection (COP) initiative"
    properties.keywords = properties.category = ""
    properties.revision = 1
    properties.created = properties.modified = datetime(2026, 1, 1, tzinfo=UTC)
    body = document.element.body
    for child in list(body):
        if child.tag != f"{{{W}}}sectPr":
            body.remove(child)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def _drop_leftovers(document: docx.document.Document) -> None:
    """The sample thumbnail, the 2010 style copy and the bibliography part are not ours."""
    unwanted = ("thumbnail", "stylesWithEffects", "customXml")
    for owner in (document.part.package, document.part):
        for rel_id, rel in list(owner.rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in unwanted:
                owner.rels.pop(rel_id)


def _page_setup(document: docx.document.Document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)


def _styles(document: docx.document.Document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = BODY_SIZE
    normal.font.name = "Calibri"  # Word's own default; LibreOffice shows it as Carlito
    normal.paragraph_format.space_after = Pt(0)

    def paragraph_style(name: str, base: str = "Normal", **settings: object):  # type: ignore[no-untyped-def]
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
        style.hidden = False
        style.priority = 1
        font, layout = style.font, style.paragraph_format
        font.bold = settings.get("bold")
        font.italic = settings.get("italic")
        font.size = settings.get("size", BODY_SIZE)
        layout.alignment = settings.get("alignment")
        layout.space_before = settings.get("before", Pt(0))
        layout.space_after = settings.get("after", Pt(0))
        layout.keep_with_next = settings.get("keep_with_next")
        return style

    title = paragraph_style(
        names.TITLE, bold=True, size=Pt(15), alignment=WD_ALIGN_PARAGRAPH.CENTER,
        keep_with_next=True,
    )  # fmt: skip
    subtitle = paragraph_style(
        names.SUBTITLE, alignment=WD_ALIGN_PARAGRAPH.CENTER, after=Pt(18), keep_with_next=True
    )
    heading = paragraph_style(
        names.AREA_HEADING, italic=True, size=Pt(11.5), before=Pt(16), after=Pt(8),
        keep_with_next=True,
    )  # fmt: skip
    label = paragraph_style(names.LABEL, before=Pt(6), after=Pt(2), keep_with_next=True)
    answer = paragraph_style(names.ANSWER, after=Pt(6))
    paragraph_style(names.ANSWER_LIST, base=names.ANSWER, after=Pt(2))
    # Pressing Enter in Word moves on to what usually comes next.
    title.next_paragraph_style = subtitle
    subtitle.next_paragraph_style = label
    heading.next_paragraph_style = label
    label.next_paragraph_style = answer
    if names.LINK not in [style.name for style in styles]:
        link = styles.add_style(names.LINK, WD_STYLE_TYPE.CHARACTER)
        link.hidden = False
        link.unhide_when_used = True
    link = styles[names.LINK]
    link.font.color.rgb = LINK_COLOUR
    link.font.underline = True


def _numbering(document: docx.document.Document) -> None:
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    definitions = ((names.BULLET_NUMBERING, "bullet"), (names.DECIMAL_NUMBERING, "decimal"))
    for abstract_id, kind in definitions:
        levels = "".join(_level(level, kind) for level in range(9))
        numbering.append(
            parse_xml(
                f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
            )
        )


def _level(level: int, kind: str) -> str:
    text = BULLETS[level % len(BULLETS)] if kind == "bullet" else f"%{level + 1}."
    indent = 360 * (level + 1)
    return (
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def main() -> None:
    target = CHECKOUT / "resources" / Path(*names.TEMPLATE_PARTS)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build())
    print(f"wrote {target.relative_to(CHECKOUT)}")


if __name__ == "__main__":
    main()
