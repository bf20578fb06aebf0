"""Gather the licence texts and notices of everything a bundle carries, for its LICENSES/ folder.

Called from copeditor.spec with what PyInstaller collected: the Python packages (their licence
files from the installed distributions' metadata), Qt and PySide6 (LGPL-3.0, whose texts the
wheels do not carry: kept in packaging/licenses/), Python itself, the fonts and dictionaries in
resources/, and on Debian-like systems the system libraries copied from the build machine (their
/usr/share/doc/<package>/copyright).
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors|copyright)", re.IGNORECASE)
# Hunspell dictionaries carry their licence in README_<lang>.txt (Debian: also a copyright file).
RESOURCE_NOTICE = re.compile(r"(licen[cs]e|copying|notice|authors|copyright|readme)", re.I)


def gather(
    modules: Iterable[str], libraries: Iterable[str], resources: Path, target: Path
) -> list[str]:
    """Write LICENSES/ into `target`; return the index lines (also written to README.txt)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    index = [
        "Licences of the COP Submission Editor and of everything bundled with it.",
        "",
        "Qt and Qt for Python (PySide6) are used under the GNU LGPL version 3 (LGPL-3.0.txt,",
        "which builds on GPL-3.0.txt). This is a one-folder bundle: Qt's libraries are separate",
        "files in _internal/PySide6/Qt/lib (Windows: _internal/PySide6; macOS:",
        "Contents/Frameworks) and can be replaced with compatible builds of your own.",
        "Qt's source code:",
        "https://download.qt.io/official_releases/qt/ and https://code.qt.io/pyside/pyside-setup",
        "Qt's own third-party parts (ICU in libicu*, HarfBuzz, FreeType, PCRE2, libpng, zlib...)",
        "and their licences: https://doc.qt.io/qt-6/licenses-used-in-qt.html",
        "",
    ]
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        shutil.copy(HERE / "licenses" / name, target / name)
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    python_licence = Path(sys.base_prefix, "lib", f"python{version}", "LICENSE.txt")
    for candidate in (python_licence, Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            shutil.copy(candidate, target / "Python-LICENSE.txt")
            index.append(f"Python {sys.version.split()[0]}: PSF License (Python-LICENSE.txt)")
            break
    index += _python_packages(modules, target / "python-packages")
    index += _resource_notices(resources, target / "resources")
    index += _system_libraries(libraries, target / "system-libraries")
    (target / "README.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return index


def _python_packages(modules: Iterable[str], target: Path) -> list[str]:
    owners = importlib.metadata.packages_distributions()
    names = sorted({owner for module in modules for owner in owners.get(module.split(".")[0], [])})
    lines = ["", "Python packages (python-packages/<name>/):"]
    for name in names:
        distribution = importlib.metadata.distribution(name)
        metadata = distribution.metadata
        fields = metadata.json
        licence = str(fields.get("license_expression") or fields.get("license") or "")
        licence = licence.splitlines()[0] if licence else "see its files"
        folder = target / name
        folder.mkdir(parents=True, exist_ok=True)
        copied = 0
        for file in distribution.files or []:
            if ".dist-info" in str(file) and LICENCE_FILE.search(file.name):
                source = Path(str(distribution.locate_file(file)))
                if source.is_file():
                    shutil.copy(source, folder / file.name)
                    copied += 1
        if not copied:  # e.g. PySide6: its licence is the LGPL text above
            (folder / "METADATA.txt").write_text(str(metadata), encoding="utf-8")
        lines.append(f"  {name} {distribution.version}: {licence}")
    return lines


def _resource_notices(resources: Path, target: Path) -> list[str]:
    lines = ["", "Fonts and dictionaries (resources/):"]
    for source in sorted(resources.rglob("*")):
        if source.is_file() and RESOURCE_NOTICE.search(source.name):
            relative = source.relative_to(resources)
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target / relative)
            lines.append(f"  {relative}")
    return lines


def _system_libraries(libraries: Iterable[str], target: Path) -> list[str]:
    """Debian's copyright file for each system library PyInstaller copied in."""
    if shutil.which("dpkg") is None:
        return []
    packages: dict[str, set[str]] = {}
    for library in libraries:
        real = Path(library).resolve()
        if not str(real).startswith(("/usr/", "/lib")):
            continue
        package = _debian_package(real)
        if package:
            packages.setdefault(package, set()).add(Path(library).name)
    lines = ["", "System libraries from the build machine (system-libraries/<package>):"]
    for package, files in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc", package, "copyright")
        if copyright_file.is_file():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(copyright_file, target / package)
        lines.append(f"  {package}: {', '.join(sorted(files))}")
    return lines


def _debian_package(path: Path) -> str:
    # With /lib merged into /usr/lib, dpkg still records some files under their /lib name.
    names = [str(path)]
    if str(path).startswith("/usr/lib/"):
        names.append(str(path).removeprefix("/usr"))
    for name in names:
        found = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    return ""
