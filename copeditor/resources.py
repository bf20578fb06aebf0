"""Locate the shipped resources/ folder, from a checkout or from an installed wheel."""

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package_dir = Path(__file__).resolve().parent
    # A wheel carries the folder inside the package; a checkout (or editable install) beside it.
    for candidate in (package_dir / "resources", package_dir.parent / "resources"):
        if (candidate / "template.json").is_file():
            return candidate
    raise FileNotFoundError(f"copeditor resources not found next to {package_dir}")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
