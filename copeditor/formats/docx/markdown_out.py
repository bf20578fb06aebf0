"""Write paragraphs and list items as Markdown, in the one form the .docx reader produces.

Every line is checked by reading it back: where Markdown cannot say what Word said (bold that
starts right after a letter with a quotation mark, say), the emphasis is dropped, or at worst the
link, and the caller is told; the text itself always comes back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from copeditor.formats.docx.markdown_in import inline_lines
from copeditor.formats.docx.richtext import (
    Block,
    Line,
    ListKind,
    Span,
    normal_line,
    without_emphasis,
    without_formatting,
)
from copeditor.formats.textform.markdown_text import escape_line, markdown_parser

HARD_BREAK = "  \n"
_DELIMITERS = {"bold": "**", "italic": "*"}
# Two lists of the same kind side by side stay two lists only with different markers.
_MARKERS: dict[ListKind, tuple[str, str]] = {"bullet": ("-", "*"), "ordered": (".", ")")}


@dataclass(frozen=True)
class RenderedLine:
    text: str
    lost: str = ""  # "" or what could not be kept: "bold and italic", "formatting"


def render_line(line: Line) -> RenderedLine:
    """One line of Markdown that reads back as `line` (in normal form)."""
    wanted = normal_line(line)
    if all(not (span.bold or span.italic or span.link) for span in wanted):
        # Escaped plain text always reads back (a test checks it): no need to parse it again.
        return RenderedLine(_markdown(wanted))
    for attempt, lost in (
        (wanted, ""),
        (without_emphasis(wanted), "bold and italic"),
        (without_formatting(wanted), "formatting"),
    ):
        text = _markdown(attempt)
        if lost == "formatting" or _reads_back(text, attempt):
            return RenderedLine(text, lost if attempt != wanted else "")
    raise AssertionError("unreachable")


def _markdown(line: Line) -> str:
    parts: list[str] = []
    position = 0
    while position < len(line):
        link = line[position].link
        end = position
        while end < len(line) and line[end].link == link:
            end += 1
        inner = _emphasised(line[position:end])
        destination = link_destination(link) if link is not None else None
        parts.append(f"[{inner}]({destination})" if destination is not None else inner)
        position = end
    return "".join(parts)


def _emphasised(spans: list[Span]) -> str:
    parts: list[str] = []
    open_marks: list[str] = []
    for span in spans:
        wanted = {mark for mark in _DELIMITERS if getattr(span, mark)}
        while any(mark not in wanted for mark in open_marks):
            parts.append(_DELIMITERS[open_marks.pop()])
        for mark in _DELIMITERS:
            if mark in wanted and mark not in open_marks:
                parts.append(_DELIMITERS[mark])
                open_marks.append(mark)
        parts.append(escape_line(span.text))
    parts.extend(_DELIMITERS[mark] for mark in reversed(open_marks))
    return "".join(parts)


def link_destination(address: str) -> str | None:
    """The address as a Markdown link destination that reads back unchanged, or None."""
    if not address or any(ord(c) < 32 or c == "\x7f" for c in address):
        return None
    escaped = address.replace("\\", "\\\\").replace("&", "\\&")
    if any(c in address for c in " ()<>"):
        return "<" + escaped.replace("<", "\\<").replace(">", "\\>") + ">"
    return escaped


def _reads_back(text: str, line: Line) -> bool:
    tokens = markdown_parser().parse(text)
    if [token.type for token in tokens] != ["paragraph_open", "inline", "paragraph_close"]:
        return False
    read = inline_lines(tokens[1].children or [])
    return len(read) == 1 and normal_line(read[0]) == line


@dataclass
class _OpenList:
    kind: ListKind
    list_id: str
    marker: str
    indent: int  # where the item's text starts


@dataclass
class MarkdownWriter:
    """Collects blocks into Markdown, with the source position of each output line."""

    lines: list[str] = field(default_factory=list)
    origins: list[Block | None] = field(default_factory=list)
    _open: list[_OpenList] = field(default_factory=list)
    _last_marker: dict[tuple[int, ListKind], str] = field(default_factory=dict)

    def text(self) -> str:
        return "\n".join(self.lines)

    def add(self, block: Block, rendered: list[str]) -> None:
        """Add a block whose lines are already Markdown (from render_line)."""
        if not rendered:
            return
        if block.list_kind is None:
            self._open.clear()
            self._last_marker.clear()
            self._emit(block, rendered, "", 0, separate=True)
            return
        level = min(block.level, len(self._open))
        del self._open[level + 1 :]
        continuing = (
            len(self._open) > level
            and self._open[level].kind == block.list_kind
            and self._open[level].list_id == block.list_id
        )
        if not continuing:
            del self._open[level:]
            indent = self._open[-1].indent if self._open else 0
            marker = self._next_marker(level, block.list_kind)
            self._open.append(_OpenList(block.list_kind, block.list_id, marker, indent))
        current = self._open[level]
        prefix = current.marker
        if block.list_kind == "ordered":
            prefix = f"{block.number}{current.marker}"
        start = self._open[level - 1].indent if level else 0
        current.indent = start + len(prefix) + 1
        # A nested list may follow its item's line directly, unless it starts at a number
        # other than 1 (CommonMark would read it as more of the item's text).
        tight = level > 0 and (block.list_kind == "bullet" or block.number == 1)
        separate = not continuing and not tight
        self._emit(block, rendered, " " * start + prefix + " ", current.indent, separate)

    def _next_marker(self, level: int, kind: ListKind) -> str:
        first, second = _MARKERS[kind]
        previous = self._last_marker.get((level, kind))
        marker = second if previous == first else first
        self._last_marker[(level, kind)] = marker
        for key in [key for key in self._last_marker if key[0] > level]:
            del self._last_marker[key]
        return marker

    def _emit(
        self, block: Block, rendered: list[str], prefix: str, indent: int, separate: bool
    ) -> None:
        if self.lines and separate:
            self.lines.append("")
            self.origins.append(block)
        text = prefix + HARD_BREAK.join(
            line if position == 0 else " " * indent + line for position, line in enumerate(rendered)
        )
        for line in text.split("\n"):
            self.lines.append(line)
            self.origins.append(block)


def blocks_markdown(blocks: list[Block]) -> tuple[str, list[str]]:
    """Markdown for blocks, and a note for each line whose formatting could not be kept."""
    writer = MarkdownWriter()
    lost: list[str] = []
    for block in blocks:
        rendered = [render_line(line) for line in block.lines]
        lost.extend(f"{r.lost} could not be kept in '{r.text[:40]}'" for r in rendered if r.lost)
        writer.add(block, [r.text for r in rendered if r.text])
    return writer.text(), lost
