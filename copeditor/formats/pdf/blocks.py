"""Turn a Markdown field (summary, additional information) into reportlab flowables."""

from __future__ import annotations

from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, ListFlowable, ListItem

from copeditor.formats.pdf import markup
from copeditor.formats.pdf.paragraph import Paragraph, paragraphs
from copeditor.formats.pdf.rtl import RtlParagraph, base_direction
from copeditor.model.markdown import markdown_parser, plain_text

# Each level of a list is indented this much (points). The parser flattens what lies deeper
# than MAX_BLOCK_DEPTH (at most 8 lists), so indents stop well inside the 450-point line.
LIST_INDENT = 18
LIST_PIECE_ITEMS = 50


def markdown_flowables(source: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    # The parser keeps addresses as written; markup.link encodes them for the PDF.
    tokens = markdown_parser().parse(source)
    flowables, _ = _blocks(tokens, 0, styles, styles["body"])
    return flowables


def _blocks(
    tokens: list[Token],
    position: int,
    styles: dict[str, ParagraphStyle],
    style: ParagraphStyle,
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
            plain = plain_text(children, line_break=" ")
            if base_direction(plain) == "R":
                out.append(RtlParagraph(plain, chosen))
            else:
                out.extend(paragraphs(markup.inline(children), chosen))
            position += 3  # open, inline, close
        elif kind in ("bullet_list_open", "ordered_list_open"):
            items, position = _list(tokens, position, styles, style)
            out.extend(items)
        elif kind == "blockquote_open":
            inner, position = _blocks(tokens, position + 1, styles, styles["quote"])
            out.extend(inner)
        elif kind in ("fence", "code_block", "html_block"):
            # Shown as typed, line by line; raw HTML is text like any other.
            lines = token.content.rstrip("\n").split("\n")
            code = "<br/>".join(markup.wrappable_text(line) for line in lines)
            out.extend(paragraphs(code, styles["code"]))
            position += 1
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.5, spaceBefore=4, spaceAfter=8))
            position += 1
        else:
            position += 1
    return out, position


def _list(
    tokens: list[Token], position: int, styles: dict[str, ParagraphStyle], style: ParagraphStyle
) -> tuple[list[Flowable], int]:
    """The list, as consecutive lists of at most LIST_PIECE_ITEMS items: reportlab rebuilds the
    rest of a list on every page it splits, so a 10,000-item list took time in its square."""
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
        "leftIndent": LIST_INDENT,
    }
    start = int(opening.attrs.get("start", 1) or 1) if ordered else 0
    if ordered:
        options |= {"bulletType": "1", "bulletFormat": "%s."}
    else:
        options |= {"bulletType": "bullet", "start": "\u2022"}
    pieces: list[Flowable] = []
    for first in range(0, len(items), LIST_PIECE_ITEMS):
        last_piece = first + LIST_PIECE_ITEMS >= len(items)
        piece_options = options | {"spaceAfter": style.spaceAfter if last_piece else 0}
        if ordered:
            piece_options["start"] = start + first
        pieces.append(ListFlowable(items[first : first + LIST_PIECE_ITEMS], **piece_options))
    return pieces, position
