"""Rich text between Markdown and Word: lines of spans (bold, italic, link) in paragraphs or lists.

Both directions meet here, in one normal form, so that a draft written to .docx and read back
gives the same Markdown: whitespace carries no formatting of its own, links and emphasis never
start or end with a space, and lines have no blank edges.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import groupby
from typing import Literal

ListKind = Literal["bullet", "ordered"]
_BLANK = " \t"  # what Markdown trims at the edges of a line (not the no-break space)


@dataclass(frozen=True)
class Span:
    """Text with one formatting: bold, italic, and the address it links to (or None)."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


Line = list[Span]


@dataclass
class Block:
    """A paragraph, or one item of a list; its lines are separated by line breaks."""

    lines: list[Line]
    list_kind: ListKind | None = None
    level: int = 0  # nesting depth of a list item, 0 for the outermost list
    number: int = 1  # the number an ordered item shows
    list_id: str = ""  # items with the same id at the same level belong to one list
    where: str = ""  # where the block is in its source, for messages
    origin: int = 0  # its position in the source, to keep messages in document order


def plain(line: Line) -> str:
    return "".join(span.text for span in line)


def normal_line(line: Line) -> Line:
    """The line in normal form: trimmed, whitespace formatted as its neighbours, runs merged."""
    chars = [(char, span.bold, span.italic, span.link) for span in line for char in span.text]
    while chars and chars[0][0] in _BLANK:
        chars.pop(0)
    while chars and chars[-1][0] in _BLANK:
        chars.pop()
    chars = _unlink_edge_spaces(chars)
    result: list[Span] = []
    for (bold, italic, link), group in groupby(
        _whitespace_like_neighbours(chars), key=lambda c: c[1:]
    ):
        result.append(Span("".join(c[0] for c in group), bold, italic, link))
    return result


def normal_lines(lines: list[Line]) -> list[Line]:
    """Normal lines without the empty ones (an empty line would end a Markdown paragraph)."""
    return [line for line in (normal_line(line) for line in lines) if line]


_Char = tuple[str, bool, bool, str | None]


def _unlink_edge_spaces(chars: list[_Char]) -> list[_Char]:
    """Spaces at the edges of a link's text move out of the link."""
    result = list(chars)
    for start, end in _link_ranges(result):
        for index in range(start, end):
            if not result[index][0].isspace():
                break
            result[index] = (result[index][0], result[index][1], result[index][2], None)
        for index in range(end - 1, start - 1, -1):
            if not result[index][0].isspace():
                break
            result[index] = (result[index][0], result[index][1], result[index][2], None)
    return result


def _link_ranges(chars: list[_Char]) -> list[tuple[int, int]]:
    ranges, position = [], 0
    for link, group in groupby(chars, key=lambda c: c[3]):
        size = len(list(group))
        if link is not None:
            ranges.append((position, position + size))
        position += size
    return ranges


def _whitespace_like_neighbours(chars: list[_Char]) -> list[_Char]:
    """Whitespace is bold (italic) only between bold (italic) text of the same link."""
    before = _nearest_text(chars, range(len(chars)))
    after = _nearest_text(chars, range(len(chars) - 1, -1, -1))
    result = list(chars)
    for index, (char, _, _, link) in enumerate(chars):
        if not char.isspace():
            continue
        left, right = before[index], after[index]
        both = left is not None and right is not None
        bold = both and left[1] and right[1]  # type: ignore[index]
        italic = both and left[2] and right[2]  # type: ignore[index]
        result[index] = (char, bool(bold), bool(italic), link)
    return result


def _nearest_text(chars: list[_Char], order: range) -> list[_Char | None]:
    """For each character, the nearest non-space one in `order` before it, in the same link."""
    nearest: list[_Char | None] = [None] * len(chars)
    last: _Char | None = None
    for index in order:
        char = chars[index]
        if last is not None and last[3] != char[3]:
            last = None
        nearest[index] = last
        if not char[0].isspace():
            last = char
    return nearest


def without_emphasis(line: Line) -> Line:
    return normal_line([replace(span, bold=False, italic=False) for span in line])


def without_formatting(line: Line) -> Line:
    return normal_line([Span(span.text) for span in line])


def split_line(line: Line, offset: int) -> tuple[Line, Line]:
    """The line cut at a character offset: (before, after)."""
    before: Line = []
    after: Line = []
    position = 0
    for span in line:
        cut = min(max(offset - position, 0), len(span.text))
        if cut:
            before.append(replace(span, text=span.text[:cut]))
        if cut < len(span.text):
            after.append(replace(span, text=span.text[cut:]))
        position += len(span.text)
    return before, after
