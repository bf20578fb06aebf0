"""install.sh and uninstall.sh: a menu entry and icons for one user, under HOME only."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from copeditor.resources import ICON_SIZES, resources_dir

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="shell scripts for Linux")


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """The parts of dist/copeditor/ the scripts use, in a folder whose name has a space."""
    folder = tmp_path / "My Programs" / "copeditor"
    (folder / "_internal" / "resources").mkdir(parents=True)
    shutil.copytree(resources_dir() / "icons", folder / "_internal" / "resources" / "icons")
    (folder / "share").mkdir()
    shutil.copy(LINUX / "copeditor.desktop", folder / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, folder / script)
    program = folder / "copeditor"
    program.write_text('#!/bin/sh\necho "started with: $*"\n')
    program.chmod(0o755)
    return folder


def run(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    return subprocess.run(["sh", str(script)], env=environment, capture_output=True, text=True)


def files_under(folder: Path) -> set[Path]:
    """Files, less the caches that menus rebuild from what is there (mimeinfo.cache)."""
    return {path for path in folder.rglob("*") if path.is_file() and path.suffix != ".cache"}


def test_install_adds_a_working_menu_entry_and_icons_under_home_only(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    outside_before = files_under(tmp_path) - files_under(home)
    result = run(bundle / "install.sh", home)
    assert result.returncode == 0, result.stderr
    assert files_under(tmp_path) - files_under(home) == outside_before  # nothing outside HOME

    share = home / ".local" / "share"
    entry = share / "applications" / "copeditor.desktop"
    for size in ICON_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/copeditor.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/copeditor.svg").is_file()

    lines = entry.read_text(encoding="utf-8").splitlines()
    (exec_line,) = [line for line in lines if line.startswith("Exec=")]
    assert exec_line == f'Exec="{bundle}/copeditor" %f'
    assert "Icon=copeditor" in lines
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert checked.returncode == 0, checked.stdout
    # What a menu would run: the quoted program, with a file in place of %f.
    command = shlex.split(exec_line.removeprefix("Exec=").replace("%f", "draft.json"))
    started = subprocess.run(command, capture_output=True, text=True, check=True)
    assert started.stdout == "started with: draft.json\n"


def test_uninstall_removes_what_install_added_and_nothing_else(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    other = home / ".local/share/applications/other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nName=Other\n")
    assert run(bundle / "install.sh", home).returncode == 0
    result = run(bundle / "uninstall.sh", home)
    assert result.returncode == 0, result.stderr
    assert files_under(home) == {other}
    assert (bundle / "copeditor").is_file()  # the program folder itself stays


def test_uninstall_leaves_another_programs_entry_of_the_same_name(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    foreign = home / ".local/share/applications/copeditor.desktop"
    foreign.parent.mkdir(parents=True)
    foreign.write_text("[Desktop Entry]\nName=Some Other Copeditor\n")
    assert run(bundle / "uninstall.sh", home).returncode == 0
    assert foreign.is_file()


def test_install_refuses_to_run_outside_the_unpacked_folder(tmp_path: Path) -> None:
    shutil.copy(LINUX / "install.sh", tmp_path / "install.sh")
    result = run(tmp_path / "install.sh", tmp_path)
    assert result.returncode == 1
    assert "run install.sh from the unpacked folder" in result.stderr
