"""Locate the shipped resources/ folder: from a checkout, an installed wheel or a frozen bundle."""

import sys
from functools import cache
from pathlib import Path

ICON_NAME = "copeditor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SAMPLE_NAME = "ecpat-international-2010.md"


def _candidates() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    candidates = []
    # A PyInstaller bundle unpacks its data beside the frozen modules, in sys._MEIPASS.
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_dir:
        candidates.append(Path(bundle_dir) / "resources")
    # A wheel carries the folder inside the package; a checkout (or editable install) beside it.
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    return candidates


@cache
def resources_dir() -> Path:
    for candidate in _candidates():
        if (candidate / "template.json").is_file():
            return candidate
    raise FileNotFoundError(f"copeditor resources not found next to {Path(__file__).parent}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG rendered from it at `size` pixels."""
    if size is None:
        return resource_path("icons", f"{ICON_NAME}.svg")
    return resource_path("icons", f"{ICON_NAME}-{size}.png")


def icon_files() -> list[Path]:
    """Every PNG size of the icon, smallest first: for a window icon that stays sharp."""
    return [icon_path(size) for size in ICON_SIZES]


def sample_path() -> Path:
    """The example submission (ECPAT International, 2010), kept beside resources/ in examples/."""
    return resources_dir().parent / "examples" / SAMPLE_NAME


def licenses_dir() -> Path | None:
    """The bundle's LICENSES/ (Qt's LGPL, every bundled library's notices; README.txt lists
    them), beside resources/; None when running from a checkout or a wheel, which have none."""
    folder = resources_dir().parent / "LICENSES"
    return folder if (folder / "README.txt").is_file() else None
