"""Right-to-left paragraphs (Arabic, Hebrew...): joined letters, lines in reading order.

reportlab wraps lines left to right. Reordering a whole paragraph with the bidirectional
algorithm before wrapping would put its last line first; so this flowable wraps the text in
logical order, then reorders each line on its own (python-bidi) and right-aligns it. Letters
are joined first (arabic-reshaper: the presentation forms). Inline emphasis is not kept in such
paragraphs; the text is.

Checked with reportlab 4.5.1 and 5.1 with uharfbuzz: `shaping=1` joins Arabic letters but still
lays the words of each wrapped line out left to right, so this line-by-line reordering stays.
"""

from __future__ import annotations

import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from copeditor.formats.pdf.fonts import font_for, runs
from copeditor.formats.pdf.styles import FONT_FAMILY

_RTL_CLASSES = ("R", "AL")


def base_direction(text: str) -> str:
    """'R' when the first strongly directional character is right-to-left, else 'L'."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return "L"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def visual_line(text: str, base: str | None = None) -> str:
    """One line, joined and in display order (for a label's value on a left-to-right line)."""
    from arabic_reshaper import reshape  # imported only for documents that need them
    from bidi import get_display

    return get_display(reshape(text), base_dir=base or base_direction(text))


def _width(text: str, size: float) -> float:
    return sum(stringWidth(part, font, size) for font, part in runs(text))


def _cut_word(word: str, width: float, size: float) -> list[str]:
    """`word` cut into pieces no wider than `width` (at least one character each), measured
    character by character: time in proportion to its length, however long it is."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for position, character in enumerate(word):
        advance = stringWidth(character, font_for(character) or FONT_FAMILY, size)
        if used + advance > width and position > start:
            pieces.append(word[start:position])
            start, used = position, 0.0
        used += advance
    pieces.append(word[start:])
    return pieces


class RtlParagraph(Flowable):
    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None) -> None:
        from arabic_reshaper import reshape

        super().__init__()
        self.text = reshape(" ".join(text.split()))
        self.style = style
        self.lines = lines
        self._width = 0.0

    def _break(self, width: float) -> list[str]:
        size = self.style.fontSize
        lines: list[str] = []
        current = ""
        for word in self.text.split(" "):
            candidate = f"{current} {word}" if current else word
            if _width(candidate, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if _width(word, size) > width:  # a word longer than a line is cut
                *whole_lines, word = _cut_word(word, width, size)
                lines.extend(whole_lines)
            current = word
        if current:
            lines.append(current)
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.lines is None:
            self.lines = self._break(available_width)
        self._width = available_width
        return available_width, len(self.lines) * self.style.leading

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self.lines is not None
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        head = RtlParagraph("", self.style, self.lines[:fit])
        tail = RtlParagraph("", self.style, self.lines[fit:])
        return [head, tail]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        from bidi import get_display

        assert self.lines is not None
        size, leading = self.style.fontSize, self.style.leading
        canvas = self.canv
        for number, line in enumerate(self.lines):
            shown = get_display(line, base_dir="R")
            x = self._width - _width(shown, size)  # right-aligned
            y = (len(self.lines) - number - 1) * leading + (leading - size)
            for font, part in runs(shown):
                canvas.setFont(font, size)
                canvas.drawString(x, y, part)
                x += stringWidth(part, font, size)
