"""The report's own styles (cover, contents, partner headings), made from the single export's."""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import toColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle

from copeditor.formats.pdf.styles import paragraph_styles

_EXTRA: dict[str, tuple[str, dict[str, Any]]] = {  # name -> (based on, changes)
    "cover_title": ("title", {"fontSize": 22, "leading": 28, "spaceBefore": 150, "spaceAfter": 18}),
    "cover_line": ("subtitle", {"fontSize": 12, "leading": 17, "spaceAfter": 6}),
    "cover_cell": ("body", {"spaceAfter": 0}),
    "cover_head": ("label", {"fontName": "DejaVuSans-Bold", "spaceBefore": 0, "spaceAfter": 0}),
    "contents_heading": ("title", {"alignment": 0, "spaceAfter": 14}),
    "contents_0": ("body", {"rightIndent": 42, "spaceBefore": 2, "spaceAfter": 2}),
    "contents_1": ("body", {"leftIndent": 16, "rightIndent": 42, "spaceAfter": 1}),
    "partner_heading": (
        "organisation",
        {"fontName": "DejaVuSans-Bold", "spaceBefore": 14, "spaceAfter": 4, "keepWithNext": 1},
    ),
}


def report_styles() -> dict[str, ParagraphStyle]:
    styles = paragraph_styles()
    for name, (parent, changes) in _EXTRA.items():
        styles[name] = ParagraphStyle(name, parent=styles[parent], **changes)
    styles["cover_line"].alignment = TA_CENTER
    for style in styles.values():
        # A colour object, not "#000000": reportlab parses a colour string each time it draws a
        # paragraph, a tenth of the report's drawing time.
        style.textColor = toColor(style.textColor)
    return styles
