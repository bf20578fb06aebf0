"""How the form looks: its text size (View > Zoom), its headings, its programme cards' titles.

Sizes are relative to the system's font, so large-text settings are followed; only sizes and
weights are set, never colours, so dark and high-contrast themes keep working. The one colour the
form adds, its warnings' red, is chosen against the theme's background.

Sizes are fonts, not a style sheet: Qt's style-sheet style made every widget of the form slower
to create and polish (about 40 ms of the window's start-up with a draft open); a font set on the
form reaches every field in it, and each heading or card title sets only what differs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QWidget

from copeditor.ui import settings

ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200)  # percent, as word processors offer
HEADING_ROLE = "role"  # a QLabel property naming the kind of heading (see HEADING_SCALE)
# Warning reds, darkest first: one of them reads on almost any background (else the text colour).
_WARNING_REDS = ("#b00020", "#ff8a80")
READABLE_CONTRAST = 4.5  # WCAG 2 AA for text


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def warning_colour(palette: QPalette) -> QColor:
    """A red that reads on the window's background in the current theme (dark red on light,
    light red on dark); in a theme where neither does, the theme's own text colour."""
    background = palette.color(QPalette.ColorRole.Window)
    for red in map(QColor, _WARNING_REDS):
        if contrast(red, background) >= READABLE_CONTRAST:
            return red
    return palette.color(QPalette.ColorRole.WindowText)


# A heading's size against the form's text, by its HEADING_ROLE.
HEADING_SCALE = {"title": 1.45, "area": 1.25}


def _font(points: float | None = None, bold: bool | None = None) -> QFont:
    """A font that sets only what is given: the rest comes from the widget's parent."""
    font = QFont()
    if points is not None:
        font.setPointSizeF(points)
    if bold is not None:
        font.setBold(bold)
    return font


def bold_title(card: QGroupBox) -> None:
    """The card's title in bold, its fields and labels not: a group box's font is its
    children's too. Call once the card's children exist."""
    card.setFont(_font(bold=True))
    for child in card.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        child.setFont(_font(bold=False))


class FormZoom(QObject):
    """View > Zoom In, Zoom Out, Reset: the size of the text in the form, remembered."""

    changed = Signal(int)  # percent

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self.form = form
        self.percent = settings.zoom_percent()
        if self.percent not in ZOOM_STEPS:
            self.percent = 100
        self.apply()

    def zoom_in(self) -> None:
        self._set(next((step for step in ZOOM_STEPS if step > self.percent), self.percent))

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self.percent]
        self._set(smaller[-1] if smaller else self.percent)

    def reset(self) -> None:
        self._set(100)

    def _set(self, percent: int) -> None:
        if percent != self.percent:
            self.percent = percent
            settings.set_zoom_percent(percent)
            self.apply()
            self.changed.emit(percent)

    def apply(self) -> None:
        base = QApplication.font().pointSizeF()
        size = (base if base > 0 else 10.0) * self.percent / 100
        self.form.setFont(_font(points=size))
        for label in self.form.findChildren(QLabel):
            scale = HEADING_SCALE.get(str(label.property(HEADING_ROLE)))
            if scale is not None:
                label.setFont(_font(points=size * scale, bold=True))
