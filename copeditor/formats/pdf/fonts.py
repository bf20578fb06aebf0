"""The shipped TrueType fonts: registered with reportlab, and chosen per character.

DejaVu Sans draws Latin, Greek, Cyrillic and Arabic; WenQuanYi Micro Hei (a TrueType CJK font:
reportlab rejects OpenType-CFF ones such as Noto Sans CJK) draws Chinese and Japanese. The CJK
font is 5 MB, so it is read only when a document has a character DejaVu lacks. Fonts are
embedded as subsets: only the glyphs used travel in the PDF.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from copeditor.formats.pdf.font_cache import CachedTTFont
from copeditor.formats.pdf.styles import FALLBACK_FONTS, FONT_FACES, FONT_FAMILY, FONT_FILES
from copeditor.resources import resource_path


@cache
def register_fonts() -> str:
    """Make the main family available to Paragraph markup (<b>, <i>); returns its name."""
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(CachedTTFont(name, str(resource_path("fonts", file_name))))
    for (bold, italic), name in FONT_FACES.items():
        addMapping(FONT_FAMILY, int(bold), int(italic), name)
    return FONT_FAMILY


@cache
def _register_fallback(name: str) -> None:
    file_name, index = FALLBACK_FONTS[name]
    font = CachedTTFont(name, str(resource_path("fonts", file_name)), index)
    pdfmetrics.registerFont(font)
    for bold in (0, 1):  # no bold or italic faces: the regular one stands in for them
        for italic in (0, 1):
            addMapping(name, bold, italic, name)


def _covers(name: str, character: str) -> bool:
    return ord(character) in pdfmetrics.getFont(name).face.charToGlyph


def is_invisible(character: str) -> bool:
    """Spaces, line ends and format marks (RLM, ZWJ...) draw nothing: no glyph needed."""
    return character.isspace() or unicodedata.category(character) in ("Cc", "Cf")


@cache
def font_for(character: str) -> str | None:
    """The shipped font that draws `character`, or None when none can."""
    register_fonts()
    if is_invisible(character) or _covers(FONT_FAMILY, character):
        return FONT_FAMILY
    for name in FALLBACK_FONTS:
        _register_fallback(name)
        if _covers(name, character):
            return name
    return None


@cache
def _main_characters() -> frozenset[str]:
    register_fonts()
    return frozenset(map(chr, pdfmetrics.getFont(FONT_FAMILY).face.charToGlyph))


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font, text) runs, each drawable by its font (unknown: the main one)."""
    if all(is_invisible(c) for c in set(text) - _main_characters()):
        return [(FONT_FAMILY, text)]  # the usual case, found at C speed
    fonts: list[str] = []
    pieces: list[list[str]] = []
    for character in text:
        if is_invisible(character) and fonts:
            font = fonts[-1]  # white space joins the run it is in
        else:
            font = font_for(character) or FONT_FAMILY
        if fonts and fonts[-1] == font:
            pieces[-1].append(character)
        else:
            fonts.append(font)
            pieces.append([character])
    return [(font, "".join(piece)) for font, piece in zip(fonts, pieces, strict=True)]


def undrawable(text: str) -> list[str]:
    """The characters of `text` that no shipped font can draw, in order of appearance."""
    unusual = dict.fromkeys(text).keys() - _main_characters()  # most text: nothing left
    return [c for c in dict.fromkeys(text) if c in unusual and font_for(c) is None]
