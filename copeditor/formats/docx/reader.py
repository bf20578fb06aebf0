"""Read a filled-in form from a Word document (.docx) into a Submission.

The body is read in order (tables cell by cell) and written as the text form, with labels on
their own and answers as Markdown; the text form's reader then finds the fields, so both
imports accept the same label variations and place stray text the same way. Its notices are
given back with the place in the Word document they came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from copeditor.formats.docx.body import BodyReading, BodyWalker, Notes
from copeditor.formats.docx.formatting import StyleSheet
from copeditor.formats.docx.markdown_out import MarkdownWriter, render_line
from copeditor.formats.docx.numbering import Numbering
from copeditor.formats.docx.ooxml import (
    RT_COMMENTS,
    RT_ENDNOTES,
    RT_FOOTNOTES,
    local,
    snippet,
    text_of,
    w,
)
from copeditor.formats.docx.package import WordFileError, open_document, read_file_bytes
from copeditor.formats.docx.richtext import Block, Line, Span, normal_lines, plain, split_line
from copeditor.formats.textform.labels import match_label
from copeditor.formats.textform.markdown_text import escape_line
from copeditor.formats.textform.reader import read_text_form
from copeditor.links import is_safe_link
from copeditor.model import Submission, form_template

if TYPE_CHECKING:
    from docx.document import Document
    from lxml import etree


@dataclass(frozen=True)
class WordImportResult:
    submission: Submission
    warnings: list[str]  # one line each, in document order: "paragraph 3: an image was ..."


def read_word_file(path: Path) -> WordImportResult:
    """Import a .docx; WordFileError (one line, naming the file) when it cannot be."""
    return read_word_bytes(read_file_bytes(path), path.name)


def read_word_bytes(data: bytes, name: str) -> WordImportResult:
    document = open_document(data, name)
    reading = _read_body(document)
    messages: list[tuple[int, str]] = list(reading.warnings)
    if reading.tracked_changes:
        messages.append((-1, "the document has tracked changes: they were read as if accepted"))
    writer = MarkdownWriter()
    labels = 0
    for block in reading.blocks:
        rendered, found, lost = _markdown_lines(block)
        labels += found
        messages.extend((block.origin, f"{_place(block)}: {note}") for note in lost)
        writer.add(block, rendered)
    if not labels:
        label = form_template().organisation_label
        raise WordFileError(
            f"{name}: has none of the form's labels (such as '{label}'); "
            "is it the COP Partners' Ongoing Project Summary?"
        )
    result = read_text_form(writer.text())
    for notice in result.notices:
        origin = writer.origins[notice.line - 1] if notice.line <= len(writer.origins) else None
        if origin is None:
            messages.append((len(reading.blocks), notice.message))
        else:
            messages.append((origin.origin, f"{_place(origin)}: {notice.message}"))
    messages.sort(key=lambda message: message[0])
    return WordImportResult(result.submission, [message for _, message in messages])


def _markdown_lines(block: Block) -> tuple[list[str], int, list[str]]:
    """The block's lines as text-form Markdown, how many labels it has, what formatting was lost.

    A label is written plain at the start of its line (the text form finds labels there);
    what follows it keeps its formatting. Links other than web and email addresses are text.
    """
    rendered: list[str] = []
    labels = 0
    lost: list[str] = []
    for line in normal_lines([_safe_links(line, lost) for line in block.lines]):
        found = match_label(plain(line)) if block.list_kind is None else None
        if found is None:
            result = render_line(line)
            text = result.text
        else:
            labels += 1
            label, rest = split_line(line, found.end)
            result = render_line(rest)
            text = f"{escape_line(plain(label).strip())} {result.text}".rstrip()
        if result.lost:
            lost.append(f"{result.lost} could not be kept in '{snippet(plain(line))}'")
        rendered.append(text)
    return rendered, labels, lost


def _safe_links(line: Line, lost: list[str]) -> Line:
    kept: Line = []
    for span in line:
        if span.link is not None:
            # Word and LibreOffice store "%20" in an address as a space; a link needs it back.
            span = Span(span.text, span.bold, span.italic, span.link.strip().replace(" ", "%20"))
        if span.link is not None and not is_safe_link(span.link):
            note = f"the link to '{snippet(span.link)}' was kept as text only"
            if note not in lost:
                lost.append(note)
            span = Span(span.text, span.bold, span.italic, None)
        kept.append(span)
    return kept


def _place(block: Block) -> str:
    text = " ".join(plain(line) for line in block.lines)
    return f"{block.where} ('{snippet(text, 30)}')" if text.strip() else block.where


def _read_body(document: Document) -> BodyReading:
    part = document.part
    links = {rel_id: rel.target_ref for rel_id, rel in part.rels.items() if rel.is_external}
    try:
        numbering_root = part.numbering_part.element
    except (NotImplementedError, KeyError):
        numbering_root = None
    walker = BodyWalker(
        StyleSheet.from_element(document.styles.element),
        Numbering.from_element(numbering_root),
        links,
        _notes(document),
    )
    return walker.read(document.element.body)


def _notes(document: Document) -> Notes:
    texts: dict[str, dict[str, str]] = {RT_FOOTNOTES: {}, RT_ENDNOTES: {}, RT_COMMENTS: {}}
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in texts:
            continue
        root = _part_element(rel.target_part)
        if root is None:
            continue
        for note in root:
            if local(note) not in ("footnote", "endnote", "comment"):
                continue
            text = text_of(note)
            author = note.get(w("author"))
            texts[rel.reltype][note.get(w("id"), "")] = f"{author}: {text}" if author else text
    return Notes(texts[RT_FOOTNOTES], texts[RT_ENDNOTES], texts[RT_COMMENTS])


def _part_element(part: object) -> etree._Element | None:
    element: etree._Element | None = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml  # entities are never resolved by its parser

    try:
        return parse_xml(getattr(part, "blob", b""))
    except Exception:  # a damaged notes part loses its texts in the warnings, nothing else
        return None
