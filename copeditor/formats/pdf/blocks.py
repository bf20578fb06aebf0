"""Turn a Markdown field (summary, additional information) into reportlab flowables."""

from __future__ import annotations

from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, ListFlowable, ListItem, Paragraph

from copeditor.formats.pdf import markup
from copeditor.formats.pdf.rtl import RtlParagraph, base_direction


@cache
def _parser() -> MarkdownIt:
    # The default link normalisation percent-encodes addresses: right for a PDF's URI actions.
    return MarkdownIt("commonmark")


def markdown_flowables(source: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    tokens = _parser().parse(source)
    flowables, _ = _blocks(tokens, 0, styles, styles["body"])
    return flowables


def _blocks(
    tokens: list[Token], position: int, styles: dict[str, ParagraphStyle], style: ParagraphStyle
) -> tuple[list[Flowable], int]:
    """Flowables for the blocks from `position` up to the close of the enclosing block."""
    out: list[Flowable] = []
    while position < len(tokens):
        token = tokens[position]
        kind = token.type
        if token.nesting == -1:  # the enclosing container ends here
            return out, position + 1
        if kind in ("paragraph_open", "heading_open"):
            children = tokens[position + 1].children or []
            chosen = styles["body_heading"] if kind == "heading_open" else style
            plain_text = markup.plain(children)
            if base_direction(plain_text) == "R":
                out.append(RtlParagraph(plain_text, chosen))
            else:
                out.append(Paragraph(markup.inline(children), chosen))
            position += 3  # open, inline, close
        elif kind in ("bullet_list_open", "ordered_list_open"):
            items, position = _list(tokens, position, styles, style)
            out.append(items)
        elif kind == "blockquote_open":
            inner, position = _blocks(tokens, position + 1, styles, styles["quote"])
            out.extend(inner)
        elif kind in ("fence", "code_block", "html_block"):
            # Shown as typed, line by line; raw HTML is text like any other.
            lines = token.content.rstrip("\n").split("\n")
            out.append(
                Paragraph(
                    "<br/>".join(markup.wrappable_text(line) for line in lines), styles["code"]
                )
            )
            position += 1
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.5, spaceBefore=4, spaceAfter=8))
            position += 1
        else:
            position += 1
    return out, position


def _list(
    tokens: list[Token], position: int, styles: dict[str, ParagraphStyle], style: ParagraphStyle
) -> tuple[ListFlowable, int]:
    opening = tokens[position]
    ordered = opening.type == "ordered_list_open"
    items: list[ListItem] = []
    position += 1
    while tokens[position].type == "list_item_open":
        content, position = _blocks(tokens, position + 1, styles, style)
        items.append(ListItem(content or [Paragraph("", style)]))
    position += 1  # the list's close
    options: dict[str, object] = {
        "bulletFontName": style.fontName,
        "bulletFontSize": style.fontSize,
        "leftIndent": 18,
        "spaceAfter": style.spaceAfter,
    }
    if ordered:
        start = int(opening.attrs.get("start", 1) or 1)
        options |= {"bulletType": "1", "start": start, "bulletFormat": "%s."}
    else:
        options |= {"bulletType": "bullet", "start": "\u2022"}
    return ListFlowable(items, **options), position
