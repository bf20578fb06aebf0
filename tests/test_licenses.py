"""The bundle's LICENSES/: the LGPL for Qt, the notices of each bundled package and resource."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from copeditor.resources import resources_dir

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
from licenses import gather  # noqa: E402

sys.path.pop(0)


def test_gathers_qt_packages_fonts_and_dictionaries(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(resources_dir() / "fonts", resources / "fonts")
    (resources / "dictionaries").mkdir()
    (resources / "dictionaries" / "README_en_GB.txt").write_text("en_GB: LGPL / MPL\n")
    target = tmp_path / "LICENSES"

    index = gather(["pydantic.main", "PySide6.QtCore", "not_a_package"], [], resources, target)

    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (target / "LGPL-3.0.txt").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in (target / "GPL-3.0.txt").read_text()
    assert "MIT" in (target / "python-packages" / "pydantic" / "LICENSE").read_text()
    assert (target / "python-packages" / "PySide6_Essentials" / "METADATA.txt").is_file()
    assert (target / "resources" / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert (target / "resources" / "dictionaries" / "README_en_GB.txt").is_file()
    readme = (target / "README.txt").read_text()
    assert readme.splitlines() == index
    assert any(line.startswith("  pydantic ") and line.endswith(": MIT") for line in index)
    assert any("LGPL-3.0-only" in line for line in index if "PySide6_Essentials" in line)
    assert "  dictionaries/README_en_GB.txt" in index
