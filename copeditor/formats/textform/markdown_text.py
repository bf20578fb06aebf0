"""Markdown helpers shared by the text form's reader and writer: escaping and plain text."""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Characters that start inline syntax anywhere in a line (CommonMark lets any ASCII punctuation
# be escaped; these are the ones that can change meaning, so the rest stays readable).
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&!#~|])")
# Characters that only mean something at the start of a line (lists, setext headings).
_LINE_START_SPECIAL = re.compile(r"^([-+=])")
_ORDERED_LIST_MARKER = re.compile(r"^(\d+)([.)])")


@cache
def markdown_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark")
    # Keep link destinations as written: the default percent-encodes them, which would change a
    # website address on every import.
    parser.normalizeLink = lambda url: url  # type: ignore[method-assign]
    parser.normalizeLinkText = lambda link: link  # type: ignore[method-assign]
    return parser


def escape_line(text: str) -> str:
    """Escape one line of plain text so Markdown reads it back as exactly that text."""
    escaped = _INLINE_SPECIAL.sub(r"\\\1", text)
    escaped = _LINE_START_SPECIAL.sub(r"\\\1", escaped)
    return _ORDERED_LIST_MARKER.sub(r"\1\\\2", escaped)


def plain_lines(text: str) -> list[str]:
    """The non-blank lines of a one-line field, trimmed as Markdown trims paragraph lines."""
    return [line.strip(" \t") for line in text.split("\n") if line.strip(" \t")]


def inline_tokens(source: str) -> list[Token]:
    tokens = markdown_parser().parseInline(source)
    return tokens[0].children or [] if tokens else []


def plain_text(tokens: list[Token]) -> str:
    """The text a reader sees: escapes resolved, emphasis dropped, hard breaks as newlines."""
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "code_inline", "html_inline"):
            parts.append(token.content)
        elif token.type == "softbreak":
            parts.append(" ")
        elif token.type == "hardbreak":
            parts.append("\n")
        elif token.type == "image":
            parts.append(plain_text(token.children or []))
    return "".join(parts)


def first_link(tokens: list[Token]) -> str | None:
    for token in tokens:
        if token.type == "link_open":
            return str(token.attrs.get("href", ""))
    return None


def block_text(text: str) -> str:
    """A multi-paragraph field as stored: no blank lines around it, no trailing white space."""
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines).rstrip()


def markdown_plain_text(source: str) -> str:
    """A Markdown field as a reader sees it: a line per paragraph, heading or list item."""
    lines: list[str] = []
    for token in markdown_parser().parse(source):
        if token.type == "inline":
            lines.append(plain_text(token.children or []))
        elif token.type in ("fence", "code_block", "html_block"):  # shown as typed
            lines.append(token.content.rstrip("\n"))
    return "\n".join(lines)
