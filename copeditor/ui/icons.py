"""Tool bar and menu icons: Lucide's line icons (ISC licence, resources/icons/lucide), drawn in
the colours of the user's palette so they stay visible in dark and high-contrast themes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from copeditor.resources import resource_path

# The sizes the style draws icons at (menus, buttons, tabs: 16 px; tool bars: 24 px with
# Fusion and Windows). Rendering only those, instead of five sizes, took start-up's icon work
# from about 30 to 12 ms; Qt scales the nearest size for any other.
_ICON_METRICS = (
    QStyle.PixelMetric.PM_SmallIconSize,
    QStyle.PixelMetric.PM_ButtonIconSize,
    QStyle.PixelMetric.PM_TabBarIconSize,
    QStyle.PixelMetric.PM_ToolBarIconSize,
)


def _sizes() -> list[int]:
    style = QApplication.style()
    return sorted({style.pixelMetric(metric) for metric in _ICON_METRICS} - {0} or {16, 24})


def icon(name: str, mirrored: bool = False) -> QIcon:
    """The icon `name` (a file name in resources/icons/lucide, without .svg) in the colours of
    the current palette; an empty icon when the file is missing, so a text is shown instead.
    `mirrored`: flipped left to right, for arrows in a right-to-left interface."""
    palette = QGuiApplication.palette()
    normal = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(
        name,
        normal.name(QColor.NameFormat.HexArgb),
        disabled.name(QColor.NameFormat.HexArgb),
        mirrored,
    )


@cache
def _icon(name: str, normal: str, disabled: str, mirrored: bool = False) -> QIcon:
    path = resource_path("icons", "lucide", f"{name}.svg")
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    result = QIcon()
    ratio = (
        max(1.0, QGuiApplication.primaryScreen().devicePixelRatio())
        if QGuiApplication.primaryScreen()
        else 1.0
    )
    for colour, mode in ((normal, QIcon.Mode.Normal), (disabled, QIcon.Mode.Disabled)):
        renderer = QSvgRenderer(
            QByteArray(source.replace("currentColor", _svg_colour(colour)).encode())
        )
        for size in _sizes():
            pixels = round(size * ratio)
            pixmap = QPixmap(QSize(pixels, pixels))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if mirrored:
                painter.translate(pixels, 0)
                painter.scale(-1, 1)
            renderer.render(painter, QRectF(0, 0, pixels, pixels))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap, mode)
    return result


def _svg_colour(argb: str) -> str:
    """#AARRGGBB (Qt) as an SVG colour: the alpha is dropped (icons are drawn opaque)."""
    return f"#{argb[3:]}" if len(argb) == 9 else argb
