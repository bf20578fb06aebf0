"""Walk a Word document's body in reading order: paragraphs, tables cell by cell, content controls.

Each paragraph becomes a Block of formatted lines. What has no place in the form (images, text
boxes, comments, footnotes, equations) becomes one warning each, with where it was. Tracked
changes are read as if accepted: inserted text is kept, deleted text is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from copeditor.formats.docx.formatting import StyleSheet, numbering_of
from copeditor.formats.docx.numbering import Numbering
from copeditor.formats.docx.ooxml import (
    MATH_NS,
    MC_NS,
    R_NS,
    W_NS,
    local,
    namespace,
    snippet,
    text_of,
    w,
)
from copeditor.formats.docx.richtext import Block, Span

# Containers whose content is read as if they were not there.
_TRANSPARENT = {"hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo"}
_SKIPPED = {"del", "moveFrom"}  # deleted text, as if the changes were accepted
_TRACKED = tuple(
    w(tag)
    for tag in (
        "ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "sectPrChange",
        "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "cellIns", "cellDel",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Notes:
    """Texts the body points to: footnotes, endnotes and comments, by id."""

    footnotes: dict[str, str] = field(default_factory=dict)
    endnotes: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)


@dataclass
class BodyReading:
    blocks: list[Block] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (origin, message)
    tracked_changes: bool = False


@dataclass
class _Field:
    instruction: str = ""
    showing_result: bool = False


class BodyWalker:
    def __init__(
        self,
        styles: StyleSheet,
        numbering: Numbering,
        links: dict[str, str],
        notes: Notes,
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.links = links  # relationship id -> external address
        self.notes = notes
        self.reading = BodyReading()
        self._paragraphs = 0
        self._tables = 0
        self._fields: list[_Field] = []

    def read(self, body: etree._Element) -> BodyReading:
        self.reading.tracked_changes = next(body.iter(*_TRACKED), None) is not None
        self._children(body, None)
        return self.reading

    # --- blocks -----------------------------------------------------------------------------

    def _children(self, parent: etree._Element, where: str | None) -> None:
        for child in parent:
            if namespace(child) != W_NS:
                continue
            name = local(child)
            if name == "p":
                self._paragraph(child, where)
            elif name == "tbl":
                self._table(child, where)
            elif name == "sdt":
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._children(content, where)
            elif name in ("customXml", "ins", "moveTo"):
                self._children(child, where)
            elif name == "altChunk":
                self._warn(where or self._next_where(), "an embedded document was not imported")

    def _table(self, table: etree._Element, where: str | None) -> None:
        if where is None:
            self._tables += 1
        number = self._tables
        for row_number, row in enumerate(_rows(table), start=1):
            row_where = where or f"table {number}, row {row_number}"
            for cell in _cells(row):
                self._children(cell, row_where)

    def _next_where(self) -> str:
        return f"paragraph {self._paragraphs + 1}"

    def _paragraph(self, paragraph: etree._Element, where: str | None) -> None:
        if where is None:
            self._paragraphs += 1
        where = where or f"paragraph {self._paragraphs}"
        properties = paragraph.find(w("pPr"))
        style_id = None
        if properties is not None and (style := properties.find(w("pStyle"))) is not None:
            style_id = style.get(w("val"))
        block = Block([[]], where=where, origin=len(self.reading.blocks))
        self.reading.blocks.append(block)
        self._inline(paragraph, block, style_id, None)
        num_id, level = numbering_of(properties)
        style_num_id, style_level = self.styles.numbering(style_id)
        item = self.numbering.item(
            num_id if num_id is not None else style_num_id,
            level if level is not None else style_level,
            self.styles.name(style_id),
        )
        if item is not None:
            block.list_kind, block.level, block.number = item.kind, item.level, item.number
            block.list_id = item.list_id

    # --- inline content ---------------------------------------------------------------------

    def _inline(
        self, parent: etree._Element, block: Block, style_id: str | None, link: str | None
    ) -> None:
        for child in parent:
            space, name = namespace(child), local(child)
            if space == MATH_NS and name in ("oMath", "oMathPara"):
                self._warn(block.where, f"an equation was not imported: '{_short(child)}'")
            elif space == MC_NS and name == "AlternateContent":
                chosen = child.find(f"{{{MC_NS}}}Choice")
                if chosen is None:
                    chosen = child.find(f"{{{MC_NS}}}Fallback")
                if chosen is not None:
                    self._inline(chosen, block, style_id, link)
            elif space != W_NS or name in _SKIPPED:
                continue
            elif name == "r":
                self._run(child, block, style_id, link)
            elif name == "hyperlink":
                self._inline(child, block, style_id, self._hyperlink(child) or link)
            elif name == "fldSimple":
                address = _field_link(child.get(w("instr"), ""))
                self._inline(child, block, style_id, address or link)
            elif name == "sdt":
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._inline(content, block, style_id, link)
            elif name in _TRANSPARENT:
                self._inline(child, block, style_id, link)

    def _run(
        self, run: etree._Element, block: Block, style_id: str | None, link: str | None
    ) -> None:
        bold, italic = self.styles.emphasis(run.find(w("rPr")), style_id)
        for child in run:
            space, name = namespace(child), local(child)
            if space == MC_NS and name == "AlternateContent":
                chosen = child.find(f"{{{MC_NS}}}Choice")
                if chosen is None:
                    chosen = child.find(f"{{{MC_NS}}}Fallback")
                if chosen is not None:
                    self._run(chosen, block, style_id, link)
                continue
            if space != W_NS:
                continue
            if name in ("fldChar", "instrText"):
                self._field_part(child)
                continue
            if self._fields and not all(f.showing_result for f in self._fields):
                continue  # the field's instruction, not its shown result
            text = _run_text(name, child)
            if text is not None:
                address = self._field_address() or link
                block.lines[-1].append(Span(text, bold, italic, address))
            elif name in ("br", "cr"):
                block.lines.append([])
            elif name in ("drawing", "pict", "object"):
                self._picture(child, block.where, name)
            elif name in ("footnoteReference", "endnoteReference", "commentReference"):
                self._note(name, child.get(w("id"), ""), block.where)

    def _hyperlink(self, element: etree._Element) -> str | None:
        relationship = element.get(f"{{{R_NS}}}id")
        return self.links.get(relationship) if relationship else None

    def _field_part(self, child: etree._Element) -> None:
        if local(child) == "instrText":
            if self._fields:
                self._fields[-1].instruction += child.text or ""
            return
        kind = child.get(w("fldCharType"))
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            self._fields[-1].showing_result = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _field_address(self) -> str | None:
        for current in reversed(self._fields):
            if address := _field_link(current.instruction):
                return address
        return None

    def _picture(self, element: etree._Element, where: str, kind: str) -> None:
        boxes = list(element.iter(w("txbxContent")))
        if boxes:
            for box in boxes:
                self._warn(where, f"a text box was not imported: '{_short(box)}'")
            return
        what = "an embedded object" if kind == "object" else "an image"
        described = next(
            (d.get("descr") or d.get("name") for d in element.iter() if local(d) == "docPr"), ""
        )
        self._warn(where, f"{what} was not imported" + (f" ({described})" if described else ""))

    def _note(self, kind: str, note_id: str, where: str) -> None:
        if kind == "commentReference":
            text, what = self.notes.comments.get(note_id, ""), "a comment"
        elif kind == "footnoteReference":
            text, what = self.notes.footnotes.get(note_id, ""), "a footnote"
        else:
            text, what = self.notes.endnotes.get(note_id, ""), "an endnote"
        self._warn(where, f"{what} was not imported: '{snippet(text, 80)}'")

    def _warn(self, where: str, message: str) -> None:
        self.reading.warnings.append((len(self.reading.blocks), f"{where}: {message}"))


def _run_text(name: str, child: etree._Element) -> str | None:
    if name == "t":
        return child.text or ""
    if name == "tab":
        return "\t"
    if name == "noBreakHyphen":
        return "\u2011"
    if name == "sym":
        code = child.get(w("char"), "")
        try:
            value = int(code, 16)
        except ValueError:
            return None
        # Symbol fonts put their glyphs at F000-F0FF; the letter underneath is the best guess.
        return chr(value - 0xF000 if 0xF020 <= value <= 0xF0FF else value)
    return None


def _field_link(instruction: str) -> str | None:
    """The address of a HYPERLINK field (`HYPERLINK "https://..." \\o "tip"`), else None."""
    words = instruction.strip().split(None, 1)
    if not words or words[0].upper() != "HYPERLINK" or len(words) < 2:
        return None
    rest = words[1].strip()
    if rest.startswith("\\l"):
        return None  # a place in the document itself
    if rest.startswith('"'):
        end = rest.find('"', 1)
        return rest[1:end] if end > 0 else rest[1:]
    return rest.split()[0] if rest.split() else None


def _rows(table: etree._Element) -> list[etree._Element]:
    rows: list[etree._Element] = []
    for child in table:
        if child.tag == w("tr"):
            rows.append(child)
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                rows.extend(_rows(content))
    return rows


def _cells(row: etree._Element) -> list[etree._Element]:
    cells: list[etree._Element] = []
    for child in row:
        if child.tag == w("tc"):
            cells.append(child)
        elif child.tag in (w("sdt"), w("customXml")):
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                cells.extend(_cells(content))
    return cells


def _short(element: etree._Element) -> str:
    return snippet(text_of(element))
