"""The PDF's look, as data: page sizes, margins, fonts and paragraph styles in one place."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGINS = {"left": 2.5 * cm, "right": 2.5 * cm, "top": 2.2 * cm, "bottom": 2.2 * cm}
FOOTER_OFFSET = 1.1 * cm  # footer baseline above the page's bottom edge
FOOTER_SIZE = 8

# One family, shipped in resources/fonts: DejaVu covers Latin, Greek and Cyrillic.
FONT_FAMILY = "DejaVuSans"
FONT_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
# Fonts for what the family lacks, tried in order: name -> (file, index in a collection).
FALLBACK_FONTS = {"WenQuanYiMicroHei": ("wqy-microhei.ttc", 0)}
FONT_FACES = {  # (bold, italic) -> registered font name
    (False, False): "DejaVuSans",
    (True, False): "DejaVuSans-Bold",
    (False, True): "DejaVuSans-Oblique",
    (True, True): "DejaVuSans-BoldOblique",
}

LINK_COLOUR = "#1a4f9c"
# Space (points) that must remain below an area heading or a label, else it starts a new page:
# a heading with its first label and value, a label with two lines of its text.
ROOM_BELOW_HEADING = 110
ROOM_BELOW_LABEL = 48
BODY_SIZE = 10.5

_STYLE_DATA: dict[str, dict[str, Any]] = {
    "title": {"fontName": "DejaVuSans-Bold", "fontSize": 15, "leading": 19, "alignment": TA_CENTER},
    "subtitle": {"fontSize": 10.5, "leading": 14, "alignment": TA_CENTER, "spaceAfter": 18},
    "organisation": {"fontSize": 11, "leading": 15, "spaceAfter": 10},
    "area_heading": {
        "fontName": "DejaVuSans-Oblique",
        "fontSize": 11.5,
        "leading": 15.5,
        "spaceBefore": 16,
        "spaceAfter": 8,
    },
    "label": {"fontSize": BODY_SIZE, "leading": 14, "spaceBefore": 6, "spaceAfter": 2},
    "value": {"fontSize": BODY_SIZE, "leading": 14, "spaceAfter": 4},
    "body": {"fontSize": BODY_SIZE, "leading": 14.5, "spaceAfter": 6},
    "body_heading": {
        "fontName": "DejaVuSans-Bold",
        "fontSize": 11,
        "leading": 15,
        "spaceBefore": 4,
    },
    "quote": {"parent": "body", "leftIndent": 18},  # body text, indented
    "code": {"fontSize": 9.5, "leading": 13, "leftIndent": 12, "spaceAfter": 6},
    "footer": {"fontSize": 8, "leading": 10, "alignment": TA_CENTER},
}


def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The styles by name; a style naming a "parent" takes everything else from it."""
    base = {"fontName": FONT_FAMILY, "alignment": TA_LEFT, "textColor": "#000000"}
    styles: dict[str, ParagraphStyle] = {}
    for name, data in _STYLE_DATA.items():
        own = dict(data)
        parent = own.pop("parent", None)
        if parent is not None:
            styles[name] = ParagraphStyle(name=name, parent=styles[str(parent)], **own)
        else:
            styles[name] = ParagraphStyle(name=name, **(base | own))
    return styles
