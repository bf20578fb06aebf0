"""Render resources/icons/copeditor.svg to the PNG sizes, the Windows .ico and the macOS .icns.

Run after changing the SVG: `.venv/bin/python packaging/render_icons.py` (offscreen, no display).
The results are committed, so building the bundle never depends on this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copeditor.resources import ICON_NAME, ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows picks from for Explorer and the taskbar


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write(image: QImage, path: Path, image_format: str) -> None:
    if not image.save(str(path), image_format):
        raise SystemExit(f"cannot write {path} (is Qt's {image_format} image plugin there?)")
    print(path.relative_to(ROOT))


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (images and fonts need the application)
    renderer = QSvgRenderer(str(ICONS / f"{ICON_NAME}.svg"))
    if not renderer.isValid():
        raise SystemExit("the SVG icon cannot be read")
    images = {size: render(renderer, size) for size in ICON_SIZES}
    for size, image in images.items():
        write(image, ICONS / f"{ICON_NAME}-{size}.png", "PNG")
    # Qt's ico writer stores one image per file; Pillow (reportlab's dependency) stores them all.
    from PIL import Image

    ico = ICONS / f"{ICON_NAME}.ico"
    Image.open(ICONS / f"{ICON_NAME}-256.png").save(ico, sizes=[(s, s) for s in ICO_SIZES])
    print(ico.relative_to(ROOT))
    write(images[512], ICONS / f"{ICON_NAME}.icns", "ICNS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
