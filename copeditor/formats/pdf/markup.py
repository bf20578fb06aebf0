"""Turn user text and Markdown inline tokens into reportlab Paragraph markup, safely.

reportlab's Paragraph parses markup: every user string is escaped here before it gets there, and
links are made only for http, https and mailto addresses, with the address escaped too.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from copeditor.formats.pdf import fonts
from copeditor.formats.pdf.styles import FONT_FAMILY, LINK_COLOUR
from copeditor.links import link_target

# reportlab splits an over-long word in time that grows with the square of its length; cutting
# such words into pieces with line breaks first keeps a 100 KB address to a fraction of a second.
LONG_WORD = 400
_ESCAPED_PUNCTUATION = re.compile(r"\\([!-/:-@\[-`{-~])")
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def escape(value: str) -> str:
    """`value` with markup characters escaped (for text and for attribute values)."""
    # By hand: xml.sax.saxutils would pull in urllib.request, 25 ms of every export's start-up.
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def text(value: str) -> str:
    """Plain user text as markup that shows exactly that text, each character in a shipped
    font that has it (Chinese in the CJK font, the rest in the main family)."""
    parts = []
    for font, run in fonts.runs(value):
        escaped = escape(run)
        parts.append(escaped if font == FONT_FAMILY else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


def wrappable_text(value: str) -> str:
    """Like text(), with line breaks inside words too long for reportlab to split quickly."""
    parts: list[str] = []
    position = 0
    for match in _LONG_WORD.finditer(value):
        word = match.group()
        pieces = [word[i : i + LONG_WORD] for i in range(0, len(word), LONG_WORD)]
        parts.append(text(value[position : match.start()]))
        parts.append("<br/>".join(text(piece) for piece in pieces))
        position = match.end()
    parts.append(text(value[position:]))
    return "".join(parts)


def link(address: str, shown_markup: str) -> str:
    """A clickable link around already-escaped markup, or just the markup for unsafe schemes."""
    target = link_target(address)
    if target is None:
        return shown_markup
    return f'<a href="{escape(target)}" color="{LINK_COLOUR}"><u>{shown_markup}</u></a>'


def inline(tokens: list[Token]) -> str:
    """Markup for a paragraph's inline tokens: bold, italic, links, line breaks; nothing else."""
    parts: list[str] = []
    link_stack: list[tuple[str, int]] = []  # (href, index in parts where the link text starts)
    for token in tokens:
        kind = token.type
        if kind == "text":
            # Inside a link, drop backslashes left by doubly-escaped Word conversions
            # (`Journal\\_Mar2010` shows as `Journal_Mar2010`).
            content = (
                _ESCAPED_PUNCTUATION.sub(r"\1", token.content) if link_stack else token.content
            )
            parts.append(wrappable_text(content))
        elif kind in ("code_inline", "html_inline"):
            parts.append(
                wrappable_text(token.content)
            )  # raw HTML a user typed is shown, never obeyed
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("<br/>")
        elif kind in ("strong_open", "strong_close", "em_open", "em_close", "s_open", "s_close"):
            tag = {"strong": "b", "em": "i", "s": "strike"}[kind.rsplit("_", 1)[0]]
            parts.append(f"<{tag}>" if kind.endswith("_open") else f"</{tag}>")
        elif kind == "link_open":
            link_stack.append((str(token.attrs.get("href", "")), len(parts)))
        elif kind == "link_close" and link_stack:
            href, start = link_stack.pop()
            shown = "".join(parts[start:])
            del parts[start:]
            if token.markup == "autolink" and link_target(href) is None:
                shown = f"&lt;{shown}&gt;"  # not a link: the brackets stay, as typed
            parts.append(link(href, shown))
        elif kind == "image":
            # Images are never loaded: their description stands in for them.
            parts.append(wrappable_text(token.content or ""))
    return "".join(parts)
