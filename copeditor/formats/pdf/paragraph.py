"""Paragraphs whose layout time grows with their length, not with its square.

Two of reportlab's habits make a long paragraph quadratic, and both are undone here:

- Its markup parser makes one fragment per character entity (`&lt;`, `&amp;`): 50,000 escaped
  `<` gave 50,000 fragments, and breaking a long word copies the fragments for every line.
  Paragraph merges neighbouring fragments of the same style back into one.
- Splitting a paragraph across pages breaks all its remaining lines again on every page, so a
  300-page paragraph was broken 300 times. paragraphs() cuts long markup into pieces of about
  two pages, at a line break, a sentence's end or a space, closing and reopening the tags
  that span the cut; the pieces are stacked with no space between them.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as ReportlabParagraph

# About two pages of body text: characters of markup, or forced line breaks.
PIECE_CHARACTERS = 8000
PIECE_LINE_BREAKS = 100
# How far past a piece's size a cut waits for the end of a sentence.
SENTENCE_SEARCH = 2000
# Our own markup's tags: user text reaches the markup escaped, so a `<` always starts a tag.
_TAG = re.compile(r"<(/?)(\w+)[^>]*>")
# Fragments carrying these draw or break something besides their text: never merged.
_SPECIAL = ("lineBreak", "cbDefn", "_selfClosingTag", "img")


def _merged(frags: list[Any]) -> list[Any]:
    out: list[Any] = []
    previous_style: dict[str, object] | None = None
    for frag in frags:
        style = {key: value for key, value in frag.__dict__.items() if key != "text"}
        if any(key in style for key in _SPECIAL):
            out.append(frag)
            previous_style = None
            continue
        if style == previous_style:
            out[-1].text += frag.text
        else:
            out.append(frag)
            previous_style = style
    return out


class Paragraph(ReportlabParagraph):
    """reportlab's Paragraph with neighbouring fragments of one style merged after parsing."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # type: ignore[no-untyped-def]  # noqa: N803
        parsed = frags is None
        super()._setup(text, style, bulletText, frags, cleaner)
        frags_now: list[Any] = getattr(self, "frags", [])  # reportlab's own, untyped
        if parsed and frags_now:
            self.frags = _merged(frags_now)


def _cut_point(text: str, start: int) -> int:
    """Where to cut `text` at or after `start`: the space after a sentence when one comes
    soon (the cut then looks like a line break a writer might make), else the next space."""
    sentence_end = text.find(". ", start, start + SENTENCE_SEARCH)
    return sentence_end + 1 if sentence_end != -1 else text.find(" ", start)


def cut_markup(markup: str, size: int = PIECE_CHARACTERS) -> list[str]:
    """`markup` in pieces of about `size` characters, each well formed on its own."""
    if len(markup) <= size and markup.count("<br/>") < PIECE_LINE_BREAKS:
        return [markup]
    pieces: list[str] = []
    current: list[str] = []
    length = breaks = 0
    open_tags: list[tuple[str, str]] = []  # (name, opening tag) of the tags around `current`

    def cut() -> None:
        nonlocal length, breaks
        pieces.append("".join(current) + "".join(f"</{name}>" for name, _ in reversed(open_tags)))
        current[:] = [opening for _, opening in open_tags]
        length = breaks = 0

    position = 0
    for tag in chain(_TAG.finditer(markup), [None]):
        text = markup[position : tag.start() if tag else len(markup)]
        while length + len(text) > size:
            space = _cut_point(text, max(0, size - length))
            if space == -1:
                break
            current.append(text[:space])
            cut()
            text = text[space + 1 :]
        current.append(text)
        length += len(text)
        if tag is None:
            break
        position = tag.end()
        whole, closing, name = tag.group(0), tag.group(1), tag.group(2)
        if name == "br":
            breaks += 1
            if length >= size or breaks >= PIECE_LINE_BREAKS:
                cut()  # the piece's end is the line break
                continue
        current.append(whole)
        length += len(whole)
        if closing:
            if open_tags and open_tags[-1][0] == name:
                open_tags.pop()
        elif not whole.endswith("/>"):
            open_tags.append((name, whole))
    pieces.append("".join(current))
    return pieces


def paragraphs(markup: str, style: ParagraphStyle) -> list[Flowable]:
    """One paragraph of `markup`, as several stacked Paragraphs when it is long."""
    pieces = cut_markup(markup)
    if len(pieces) == 1:
        return [Paragraph(markup, style)]
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    middle = ParagraphStyle(f"{style.name}-middle", parent=style, spaceBefore=0, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0)
    styles = [first] + [middle] * (len(pieces) - 2) + [last]
    return [Paragraph(piece, chosen) for piece, chosen in zip(pieces, styles, strict=True)]
