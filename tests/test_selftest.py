"""`copeditor --self-test`: each check passes on a whole installation and fails on a broken one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from copeditor import cli, selftest
from copeditor.qm_files import QmFileError, read_qm

BIN = Path(sys.executable).parent
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
    <message><source>Check Submission</source><translation>Vérifier</translation></message>
</context>
</TS>
"""


def test_every_headless_check_passes_in_this_checkout() -> None:
    results = selftest.run_checks()
    failures = [result.line() for result in results if not result.ok]
    assert failures == []
    names = [result.name for result in results]
    assert "font wqy-microhei.ttc" in names and "PDF of the sample" in names
    assert "window (offscreen)" not in names


def test_window_check_builds_the_editor_and_leaves_no_window(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from copeditor.ui.window_check import check_window

    detail = check_window()
    assert detail.startswith("6 tabs")
    assert QApplication.topLevelWidgets() == []


def test_the_command_prints_one_line_per_check_and_fails_when_one_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> str:
        raise FileNotFoundError("fonts/DejaVuSans.ttf")

    def checks(window: bool) -> Iterator[tuple[str, object]]:
        yield "resources", selftest.check_resources
        yield "font DejaVuSans.ttf", broken

    monkeypatch.setattr(selftest, "_checks", checks)
    assert cli.main(["--self-test"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("ok    resources: ")
    assert lines[2] == "FAIL  font DejaVuSans.ttf: FileNotFoundError: fonts/DejaVuSans.ttf"
    assert lines[3] == "1 passed, 1 failed"


def test_the_whole_self_test_passes_as_a_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "copeditor", "--self-test"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    window (offscreen): 6 tabs" in result.stdout
    assert result.stdout.rstrip().endswith(" passed, 0 failed")


def write_dictionary(folder: Path, name: str = "xx_TEST") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.aff").write_text("SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n")
    dic = folder / f"{name}.dic"
    dic.write_text("3\nhotline\nprogramme/S\norganisation\n", encoding="utf-8")
    return dic


def test_a_shipped_dictionary_without_the_spell_checker_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "hunspell", None)  # as if chunspell were not installed
    with pytest.raises(RuntimeError, match="spell checker is not"):
        selftest.check_dictionary(write_dictionary(tmp_path))


def test_a_dictionary_loads_and_knows_its_words(tmp_path: Path) -> None:
    pytest.importorskip("hunspell")
    assert selftest.check_dictionary(write_dictionary(tmp_path)) == "loaded, knows 'hotline'"
    broken = write_dictionary(tmp_path / "broken")
    broken.with_suffix(".aff").unlink()
    with pytest.raises(FileNotFoundError, match="xx_TEST.aff is missing"):
        selftest.check_dictionary(broken)


@pytest.fixture
def compiled_translation(tmp_path: Path) -> Path:
    source = tmp_path / "copeditor_fr.ts"
    source.write_text(TS, encoding="utf-8")
    target = tmp_path / "copeditor_fr.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def test_translation_check_agrees_with_qt(compiled_translation: Path, qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    summary = read_qm(compiled_translation)
    assert summary.message_bytes > 0 and summary.dependencies == ()
    detail = selftest.check_translation(compiled_translation)
    assert detail == f"{summary.message_bytes} bytes of messages"
    assert QTranslator().load(str(compiled_translation))

    data = compiled_translation.read_bytes()
    for name, broken in (("truncated.qm", data[:-1]), ("not-a-translation.qm", b"%PDF" + data)):
        path = compiled_translation.with_name(name)
        path.write_bytes(broken)
        with pytest.raises(QmFileError):
            read_qm(path)
        assert not QTranslator().load(str(path)), name  # Qt refuses what read_qm refuses


def test_qt_translations_and_platform_plugins_are_found() -> None:
    count = len(list((selftest.qt_folder() / "translations").glob("qtbase_*.qm")))
    assert count > 10
    assert selftest.check_qt_translations() == f"{count} qtbase_*.qm files"
    if sys.platform.startswith("linux"):
        assert "libqxcb.so" in selftest.check_platform_plugins()


def test_missing_platform_plugin_is_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugins = tmp_path / "Qt" / "plugins" / "platforms"
    plugins.mkdir(parents=True)
    (plugins / "libqoffscreen.so").write_bytes(b"")
    monkeypatch.setattr(selftest, "qt_folder", lambda: tmp_path / "Qt")
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    with pytest.raises(FileNotFoundError, match="missing libqxcb.so, libqwayland.so"):
        selftest.check_platform_plugins()


def test_shipped_translations_and_dictionaries_are_each_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compiled_translation: Path
) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(Path(selftest.resources_dir()), resources)
    (resources / "translations").mkdir(exist_ok=True)
    shutil.copy(compiled_translation, resources / "translations")
    write_dictionary(resources / "dictionaries")
    monkeypatch.setattr(selftest, "resource_path", lambda *parts: resources.joinpath(*parts))
    monkeypatch.setitem(sys.modules, "hunspell", None)
    results = {result.name: result for result in selftest.run_checks()}
    assert results["translation copeditor_fr.qm"].ok
    assert not results["dictionary xx_TEST"].ok  # shipped, but no spell checker to load it


def test_a_module_that_cannot_be_imported_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import pkgutil

    real_walk = pkgutil.walk_packages

    def walk(*args: object, **kwargs: object) -> list[pkgutil.ModuleInfo]:
        missing = pkgutil.ModuleInfo(None, "copeditor.formats.not_bundled", False)  # type: ignore[arg-type]
        return [*real_walk(*args, **kwargs), missing]  # type: ignore[arg-type]

    monkeypatch.setattr(pkgutil, "walk_packages", walk)
    with pytest.raises(ImportError, match=r"copeditor\.formats\.not_bundled \(ModuleNotFoundError"):
        selftest.check_modules()


def test_without_resources_each_group_fails_and_the_rest_still_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def gone(*parts: str) -> Path:
        raise FileNotFoundError("copeditor resources not found next to /opt/copeditor")

    monkeypatch.setattr(selftest, "resource_path", gone)
    monkeypatch.setattr(selftest, "resources_dir", gone)
    results = {result.name: result for result in selftest.run_checks()}
    for group in ("resources", "dictionaries", "translations"):
        assert not results[group].ok
        assert results[group].detail.startswith("FileNotFoundError: copeditor resources not found")
    assert results["Qt platform plugins"].ok and results["modules"].ok
