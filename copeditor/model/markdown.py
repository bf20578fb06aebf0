"""How the Markdown fields are read: one parser for every reader, plain text, link addresses.

The summaries are Markdown (the model's field descriptions say so); the text form, the PDF and
the model's checks all read them with markdown_parser(), so they agree on what is a link and
what is text. Two departures from markdown-it's defaults keep every character the user wrote:

- Link addresses and autolink texts are kept as written. The default normalisation rewrites
  them (`<http://[::1>` was shown as `http://:1[:`); exports encode addresses themselves.
- No link reference definitions: such a line is shown as written, not silently removed.
- Nesting is flattened instead of dropped. Past `maxNesting` (20) levels markdown-it skips the
  rest of the enclosing block, and a list item's block runs to the end of the field: a ten-level
  list lost everything after it. A rule placed before all others turns whatever lies deeper
  than MAX_BLOCK_DEPTH into plain paragraphs, one per item, markers removed and text kept. The
  limit also bounds recursion and indents. (Raising maxNesting instead would slow inline
  parsing: unmatched `[` cost in proportion to it.)
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

# Nesting depth in markdown-it's levels: a list costs two (list and item), a quote one. Below
# markdown-it's maxNesting (20), with room for a paragraph and its inline content.
MAX_BLOCK_DEPTH = 16
# Block-quote markers and list markers at the start of a line flattened by the depth rule.
_CONTAINER_MARKERS = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+[ \t]*")
# Only text with one of these can hold a link (inline, reference or autolink).
_MAY_LINK = re.compile(r"\]\(|<[A-Za-z]")


def _flatten_deep_blocks(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.level < MAX_BLOCK_DEPTH or silent:
        return False
    stop = start
    while stop < end and (state.isEmpty(stop) or state.sCount[stop] >= state.blkIndent):
        stop += 1
    paragraphs: list[list[str]] = []
    for line in state.getLines(start, stop, state.blkIndent, False).split("\n"):
        marker = _CONTAINER_MARKERS.match(line)
        text = line[marker.end() :] if marker else line.strip()
        if not text.strip():
            continue
        if marker or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(text.strip())
    for lines in paragraphs:
        state.push("paragraph_open", "p", 1).map = [start, stop]
        token = state.push("inline", "", 0)
        token.content, token.map, token.children = "\n".join(lines), [start, stop], []
        state.push("paragraph_close", "p", -1)
    state.line = stop
    return True


@cache
def markdown_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark")
    parser.normalizeLink = lambda url: url  # type: ignore[method-assign]
    parser.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
    parser.block.ruler.before("table", "flatten_deep_blocks", _flatten_deep_blocks)
    # A line such as `[1]: https://example.org` (a footnote pasted from Word) would be taken as
    # a link reference definition and vanish from every export: it stays text.
    parser.disable("reference")
    return parser


def inline_tokens(source: str) -> list[Token]:
    tokens = markdown_parser().parseInline(source)
    return tokens[0].children or [] if tokens else []


def plain_text(tokens: list[Token], line_break: str = "\n") -> str:
    """The text a reader sees: escapes resolved, emphasis dropped, hard breaks as `line_break`;
    an image stands for its description (never loaded)."""
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "code_inline", "html_inline"):
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append(" ")
        elif token.type == "hardbreak":
            parts.append(line_break)
        elif token.type == "image":
            parts.append(plain_text(token.children or [], line_break))
    return "".join(parts)


def link_addresses(source: str) -> list[str]:
    """The addresses of every link in a Markdown text, as written, in order."""
    if not _MAY_LINK.search(source):
        return []  # most fields: no parse needed
    addresses: list[str] = []
    for block in markdown_parser().parse(source):
        for token in block.children or []:
            if token.type == "link_open":
                addresses.append(str(token.attrs.get("href", "")))
    return addresses
