"""Reduce pasted HTML (from Word, LibreOffice, a web page) to what the model keeps.

Kept: paragraphs, line breaks, bold, italic, bullet and numbered lists, and links to http, https
and mailto addresses. Everything else is dropped, tags first: images, styles, scripts, tables'
structure (their text stays: one line per row, cells apart), fonts, and any attribute that
could make Qt load a resource.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from copeditor.links import is_safe_link

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "section"}
_KEPT = {"b": "b", "strong": "b", "i": "i", "em": "i", "ul": "ul", "ol": "ol", "li": "li"}
_DROPPED_WITH_CONTENT = {"script", "style", "head", "title", "template", "svg", "object"}
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
CELL_SEPARATOR = " | "  # between the cells of a pasted table row, which becomes one line


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        # Per open source element: its tag and the tags we wrote for it.
        self.open: list[tuple[str, list[str]]] = []
        self.skipping = 0
        self.cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self.skipping += 1
            return
        if tag in ("br", "img", "hr", "meta", "link", "input"):
            if tag == "br" and not self.skipping:
                self.out.append("<br>")
            return  # void elements: nothing to close
        if tag == "tr":
            self.cells_in_row = 0
        elif tag in ("td", "th"):
            if self.cells_in_row and not self.skipping:
                self.out.append(CELL_SEPARATOR)
            self.cells_in_row += 1
        if tag in ("li", "p") and self.open and self.open[-1][0] == tag:
            self._close_through(len(self.open) - 1)  # <li> and <p> end their open sibling
        opened: list[str] = []
        start_tags: list[str] = []
        values = {name: value or "" for name, value in attrs}
        if tag in _BLOCKS:
            opened.append("p")
        elif tag in _KEPT:
            opened.append(_KEPT[tag])
        elif tag == "a" and is_safe_link(values.get("href", "")):
            start_tags.append(f'<a href="{html.escape(values["href"].strip(), quote=True)}">')
            opened.append("a")
        style = values.get("style", "")
        for pattern, markup in ((_BOLD_STYLE, "b"), (_ITALIC_STYLE, "i")):
            if pattern.search(style) and markup not in opened:
                opened.append(markup)
        start_tags += [f"<{name}>" for name in opened if name != "a"]
        if not self.skipping:
            self.out.extend(start_tags)
        self.open.append((tag, opened))

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_WITH_CONTENT:
            self.skipping = max(0, self.skipping - 1)
            return
        for position in range(len(self.open) - 1, -1, -1):
            if self.open[position][0] == tag:
                self._close_through(position)
                return

    def close_all(self) -> None:
        self._close_through(0)

    def _close_through(self, position: int) -> None:
        while len(self.open) > position:
            _, opened = self.open.pop()
            if not self.skipping:
                self.out.extend(f"</{name}>" for name in reversed(opened))

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(html.escape(data, quote=False))


def clean_pasted_html(source: str) -> str:
    cleaner = _Cleaner()
    cleaner.feed(source)
    cleaner.close()
    cleaner.close_all()
    return "".join(cleaner.out)
