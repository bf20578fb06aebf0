"""Register the shipped TrueType fonts with reportlab (once); they are embedded as subsets."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from copeditor.formats.pdf.styles import FONT_FACES, FONT_FAMILY, FONT_FILES
from copeditor.resources import resource_path


@cache
def register_fonts() -> str:
    """Make the family available to Paragraph markup (<b>, <i>); returns its name."""
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    for (bold, italic), name in FONT_FACES.items():
        addMapping(FONT_FAMILY, int(bold), int(italic), name)
    return FONT_FAMILY
