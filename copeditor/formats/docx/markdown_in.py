"""Read a Markdown field (summary, additional information) into paragraphs and list items.

Word has no headings, quotes or code inside an answer: a heading becomes a bold paragraph,
a quote its paragraphs, code its lines; images stand as their description, as in the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from markdown_it.token import Token

from copeditor.formats.docx.richtext import (
    Block,
    Line,
    ListKind,
    Span,
    normal_lines,
    plain,
)
from copeditor.formats.textform.markdown_text import markdown_parser


@dataclass
class _ListContext:
    kind: ListKind
    list_id: str
    number: int
    item: Block | None = None  # the item whose first paragraph was seen


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    lists: list[_ListContext] = field(default_factory=list)
    ids: count[int] = field(default_factory=count)


def markdown_blocks(source: str) -> list[Block]:
    """The blocks of a Markdown text, each in normal form; empty ones left out."""
    walk = _Walk()
    tokens = markdown_parser().parse(source)
    position = 0
    while position < len(tokens):
        position = _block(walk, tokens, position)
    return [block for block in walk.blocks if block.lines]


def _block(walk: _Walk, tokens: list[Token], position: int) -> int:
    token = tokens[position]
    kind = token.type
    if kind in ("bullet_list_open", "ordered_list_open"):
        list_kind: ListKind = "ordered" if kind == "ordered_list_open" else "bullet"
        start = int(token.attrs.get("start", 1))  # absent for 1; may be 0
        walk.lists.append(_ListContext(list_kind, f"m{next(walk.ids)}", start - 1))
    elif kind in ("bullet_list_close", "ordered_list_close"):
        walk.lists.pop()
    elif kind == "list_item_open":
        context = walk.lists[-1]
        context.number += 1
        context.item = None
    elif kind in ("paragraph_open", "heading_open"):
        lines = inline_lines(tokens[position + 1].children or [])
        if kind == "heading_open":
            lines = [[Span(s.text, True, s.italic, s.link) for s in line] for line in lines]
        _add(walk, lines)
        return position + 3
    elif kind in ("fence", "code_block", "html_block"):
        _add(walk, [[Span(line)] for line in token.content.rstrip("\n").split("\n")])
    return position + 1


def _add(walk: _Walk, lines: list[Line]) -> None:
    """A paragraph: the first of a list item opens it; later ones continue it on new lines."""
    if not walk.lists:
        walk.blocks.append(Block(normal_lines(lines)))
        return
    context = walk.lists[-1]
    if context.item is not None:
        if context.item is walk.blocks[-1]:
            context.item.lines = normal_lines(context.item.lines + lines)
        else:  # after a nested list: Word has no place for it in the item, so it stands alone
            walk.blocks.append(Block(normal_lines(lines)))
        return
    context.item = Block(
        normal_lines(lines),
        list_kind=context.kind,
        level=len(walk.lists) - 1,
        number=context.number,
        list_id=context.list_id,
    )
    walk.blocks.append(context.item)


def inline_lines(tokens: list[Token]) -> list[Line]:
    """Inline tokens as lines of spans: hard breaks end a line, soft breaks are spaces."""
    lines: list[Line] = [[]]
    bold = italic = 0
    links: list[str] = []
    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline", "html_inline"):
            lines[-1].append(Span(token.content, bold > 0, italic > 0, _top(links)))
        elif kind == "image":
            alt = " ".join(plain(line) for line in inline_lines(token.children or []))
            lines[-1].append(Span(alt, bold > 0, italic > 0, _top(links)))
        elif kind == "softbreak":
            lines[-1].append(Span(" ", bold > 0, italic > 0, _top(links)))
        elif kind == "hardbreak":
            lines.append([])
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            links.append(str(token.attrs.get("href", "")))
        elif kind == "link_close" and links:
            links.pop()
    return lines


def _top(links: list[str]) -> str | None:
    return links[-1] if links else None
