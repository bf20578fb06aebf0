"""Write a Submission as a Word document in the template's styles, reading only the model.

The order and wording are the text form's, so that the .docx reads back to the same draft:
title, subtitle, the organisation's label and name, then per area its heading and each
programme's labels with their answers (Markdown becomes bold, italic, lists and real links).
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from copeditor.formats.docx import template as styles
from copeditor.formats.docx.markdown_in import markdown_blocks
from copeditor.formats.docx.ooxml import R_NS, w
from copeditor.formats.docx.richtext import Block, Line, Span
from copeditor.formats.docx.stable_zip import stable_zip
from copeditor.formats.textform.markdown_text import plain_lines
from copeditor.links import complete_web_address, is_safe_link
from copeditor.model import Programme, Submission, form_template

if TYPE_CHECKING:
    from docx.document import Document

# Characters XML 1.0 cannot carry: Word's own line and page break characters become spaces.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ESCAPED_PUNCTUATION = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class WordOptions:
    omit_empty_areas: bool = False  # leave out unanswered areas, as for the PDF


def word_bytes(submission: Submission, options: WordOptions | None = None) -> bytes:
    import docx

    options = options or WordOptions()
    document = docx.Document(str(styles.template_path()))
    writer = _Writer(document)
    writer.write(submission, options)
    _set_properties(document, submission)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.numbering = document.part.numbering_part.element
        self.list_numbers: dict[str, int] = {}  # a Markdown list's id -> its w:num id
        self.style_ids: dict[str, str] = {}
        self.links: dict[str, str] = {}  # address -> relationship id
        body = document.element.body
        for child in list(body):
            if child.tag != w("sectPr"):
                body.remove(child)
        # New paragraphs go before the section properties, which must stay last.
        self.end_of_body = body.find(w("sectPr"))
        if self.end_of_body is None:
            self.end_of_body = etree.SubElement(body, w("sectPr"))

    def write(self, submission: Submission, options: WordOptions) -> None:
        template = form_template()
        self.paragraph(styles.TITLE, [[Span(template.title)]])
        self.paragraph(styles.SUBTITLE, [[Span(template.subtitle)]])
        organisation = " ".join(plain_lines(submission.organisation))
        self.labelled(template.organisation_label, [Span(organisation)] if organisation else [])
        for area_index, area in enumerate(submission.areas):
            programmes = [p for p in area.programmes if not p.is_blank()]
            if not programmes and options.omit_empty_areas:
                continue
            self.paragraph(styles.AREA_HEADING, [[Span(template.heading_for(area_index))]])
            for programme in programmes or [Programme()]:
                self.programme(area_index, programme)

    def programme(self, area_index: int, programme: Programme) -> None:
        template = form_template()
        self.paragraph(styles.LABEL, [[Span(template.name_label_for(area_index))]])
        name_lines = plain_lines(programme.name)
        self.paragraph(styles.ANSWER, [[Span(line)] for line in name_lines] or [[]])
        website = programme.website.strip()
        full = complete_web_address(website)
        link = full if full is not None and is_safe_link(full) else None
        shown = website if link else " ".join(plain_lines(website))
        self.labelled(template.labels.website, [Span(shown, link=link)] if website else [])
        for label, text in (
            (template.labels.summary, programme.summary),
            (template.labels.additional_information, programme.additional_information),
        ):
            self.paragraph(styles.LABEL, [[Span(label)]])
            self.list_numbers = {}  # list ids are only unique within one field
            blocks = markdown_blocks(text)
            for block in blocks:
                self.block(block)
            if not blocks:
                self.paragraph(styles.ANSWER, [[]])  # a place to type, in the right style

    def labelled(self, label: str, value: Line) -> None:
        """A label with its value on the same line, as the template has it."""
        self.paragraph(styles.LABEL, [[Span(label + " "), *value] if value else [Span(label)]])

    def block(self, block: Block) -> None:
        if block.list_kind is None:
            self.paragraph(styles.ANSWER, block.lines)
        else:
            numbering = (self._list_instance(block), block.level)
            self.paragraph(styles.ANSWER_LIST, block.lines, numbering)

    def _list_instance(self, block: Block) -> int:
        """Each Markdown list is its own Word list, numbered from its own start."""
        if block.list_id not in self.list_numbers:
            ordered = block.list_kind == "ordered"
            definition = styles.DECIMAL_NUMBERING if ordered else styles.BULLET_NUMBERING
            instance = self.numbering.add_num(definition)
            override = instance.add_lvlOverride(ilvl=block.level)
            override.add_startOverride(block.number)
            self.list_numbers[block.list_id] = int(instance.numId)
        return self.list_numbers[block.list_id]

    # The elements are built with lxml directly: python-docx's run and font objects cost about
    # half a millisecond a run, which a 100-page summary turns into many seconds.

    def paragraph(
        self, style: str, lines: list[Line], numbering: tuple[int, int] | None = None
    ) -> None:
        paragraph = etree.Element(w("p"))
        properties = etree.SubElement(paragraph, w("pPr"))
        etree.SubElement(properties, w("pStyle"), {w("val"): self._style_id(style)})
        if numbering is not None:
            number = etree.SubElement(properties, w("numPr"))
            etree.SubElement(number, w("ilvl"), {w("val"): str(numbering[1])})
            etree.SubElement(number, w("numId"), {w("val"): str(numbering[0])})
        if _is_right_to_left(lines):
            etree.SubElement(properties, w("bidi"))
        for position, line in enumerate(lines):
            if position:
                etree.SubElement(etree.SubElement(paragraph, w("r")), w("br"))
            for span in line:
                self.span(paragraph, span)
        self.end_of_body.addprevious(paragraph)

    def span(self, paragraph: etree._Element, span: Span) -> None:
        text = span.text
        parent = paragraph
        link_style = None
        if span.link is not None and is_safe_link(span.link):
            # python-docx cannot write hyperlinks (its issue #74): the relationship and the
            # w:hyperlink element are made here. As in the PDF, backslashes left in link text
            # by doubly-escaped Word conversions (`Journal\\_Mar2010`) are not shown.
            text = _ESCAPED_PUNCTUATION.sub(r"\1", text)
            parent = etree.SubElement(
                paragraph, w("hyperlink"), {f"{{{R_NS}}}id": self._rel(span.link)}
            )
            link_style = self._style_id(styles.LINK)
        run = etree.SubElement(parent, w("r"))
        if span.bold or span.italic or link_style:
            properties = etree.SubElement(run, w("rPr"))
            if link_style:
                etree.SubElement(properties, w("rStyle"), {w("val"): link_style})
            if span.bold:
                etree.SubElement(properties, w("b"))
            if span.italic:
                etree.SubElement(properties, w("i"))
        for position, piece in enumerate(_NOT_IN_XML.sub(" ", text).split("\t")):
            if position:
                etree.SubElement(run, w("tab"))
            if piece:
                element = etree.SubElement(run, w("t"))
                element.text = piece
                element.set(_XML_SPACE, "preserve")

    def _style_id(self, name: str) -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def _rel(self, address: str) -> str:
        if address not in self.links:
            from docx.opc.constants import RELATIONSHIP_TYPE

            self.links[address] = self.document.part.relate_to(
                address, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
            )
        return self.links[address]


def _is_right_to_left(lines: list[Line]) -> bool:
    """True when the first letter with a direction is Arabic or Hebrew."""
    for line in lines:
        for span in line:
            for char in span.text:
                direction = unicodedata.bidirectional(char)
                if direction in ("R", "AL"):
                    return True
                if direction == "L":
                    return False
    return False


def _set_properties(document: Document, submission: Submission) -> None:
    template = form_template()
    organisation = " ".join(submission.organisation.split())
    properties = document.core_properties
    properties.title = _NOT_IN_XML.sub(
        " ", f"{template.title}: {organisation}" if organisation else template.title
    )
    properties.author = _NOT_IN_XML.sub(" ", organisation)
    if submission.last_modified is not None:
        properties.created = properties.modified = submission.last_modified
