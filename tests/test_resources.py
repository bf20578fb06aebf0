"""Resources are found from a checkout and from a frozen (PyInstaller) bundle; the icon is whole."""

from __future__ import annotations

import shutil
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from copeditor import resources


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    resources.resources_dir.cache_clear()
    yield
    resources.resources_dir.cache_clear()


def test_a_frozen_bundle_uses_its_own_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lookup: None
) -> None:
    bundle = tmp_path / "_internal"
    shutil.copytree(resources.resources_dir(), bundle / "resources")
    (bundle / "examples").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    resources.resources_dir.cache_clear()
    assert resources.resources_dir() == bundle / "resources"
    assert resources.sample_path() == bundle / "examples" / resources.SAMPLE_NAME
    assert resources.licenses_dir() is None  # no LICENSES/README.txt in this bundle yet
    (bundle / "LICENSES").mkdir()
    (bundle / "LICENSES" / "README.txt").write_text("Licences of the COP Submission Editor\n")
    assert resources.licenses_dir() == bundle / "LICENSES"


def test_without_resources_the_error_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_lookup: None
) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "resources"])
    with pytest.raises(FileNotFoundError, match="copeditor resources not found"):
        resources.resources_dir()


def test_the_sample_is_found_from_the_checkout() -> None:
    assert "ECPAT International" in resources.sample_path().read_text(encoding="utf-8")


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_icon_size_is_a_square_png_of_that_size() -> None:
    assert resources.icon_path().read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size, path in zip(resources.ICON_SIZES, resources.icon_files(), strict=True):
        assert png_size(path) == (size, size)


def test_the_icon_pngs_are_rendered_from_the_current_svg(tmp_path: Path, qapp: object) -> None:
    """Guards against an edited SVG whose PNGs were not rendered again (packaging/render_icons)."""
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
    try:
        from render_icons import render
    finally:
        sys.path.pop(0)
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(resources.icon_path()))
    argb = QImage.Format.Format_ARGB32
    for size in (16, 256):
        fresh = render(renderer, size).convertToFormat(argb)
        shipped = QImage(str(resources.icon_path(size))).convertToFormat(argb)
        assert fresh == shipped, size
