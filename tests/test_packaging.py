"""An installed wheel finds resources/ without the checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_resources_and_works_outside_the_checkout(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("copeditor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "copeditor/resources/template.json" in names
    assert "copeditor/resources/fonts/DejaVuSans.ttf" in names
    for name in ("en_GB", "en_US", "fr_FR", "es_ES", "ru_RU", "ar"):
        for suffix in (".aff", ".dic", ".LICENSE.txt"):
            assert f"copeditor/resources/dictionaries/{name}{suffix}" in names
    assert "copeditor/resources/dictionaries/cop-glossary.txt" in names
    assert "copeditor/resources/icons/copeditor-256.png" in names
    assert "copeditor/examples/ecpat-international-2010.md" in names  # the self-test's sample
    for code in ("fr", "es", "ar", "ru", "zh"):  # the .qm is built from it where it is missing
        assert f"copeditor/resources/translations/copeditor_{code}.ts" in names

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        "import copeditor.resources as r, copeditor.model as m; "
        "print(r.resources_dir()); print(m.form_template().areas[3].short_name); "
        "from copeditor.spelling import SpellingSession, dictionaries; "
        "print(dictionaries.dictionaries_dir()); "
        "print([m.word for m in SpellingSession().checker('fr').check("
        "'Nous protégeons l’enfanse contre la sextortion')]); "
        "print(r.sample_path().is_file())"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {code}"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    where, short_name, dictionaries, unknown, sample_found = result.stdout.splitlines()
    assert Path(where) == target / "copeditor" / "resources"
    assert short_name == "Resources"
    # The dictionaries come from the installed package, not the checkout.
    assert Path(dictionaries) == target / "copeditor" / "resources" / "dictionaries"
    assert unknown == "['l’enfanse']"
    assert sample_found == "True"
