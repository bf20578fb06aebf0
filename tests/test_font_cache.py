"""The parsed-font cache: the same fonts and the same PDF whether it is empty, warm or damaged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from copeditor.formats.pdf import font_cache  # first: it isolates reportlab from ~/.reportlab_mods
from copeditor.formats.pdf.font_cache import CachedTTFont
from copeditor.resources import resource_path

TTFont = font_cache.TTFont

FACES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"]


def _comparable(face: Any) -> dict[str, Any]:
    values = {name: value for name, value in vars(face).items() if not name.startswith("_cache")}
    scale = values.pop("_pdfScale")
    values["_pdfScale at 1, 2048, 777"] = [scale(1), scale(2048), scale(777)]
    return values


def _types(value: Any) -> Any:
    """The value with every number replaced by its type: ints must stay ints."""
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_types(item) for item in value]
    return type(value).__name__


@pytest.mark.parametrize("file_name", [*FACES, "wqy-microhei.ttc"])
def test_a_cached_font_is_the_parsed_font(
    tmp_path: Path, file_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(resource_path("fonts", file_name))
    parsed = TTFont("parsed", path)
    written = CachedTTFont("written", path, folder=tmp_path)  # parses, then writes the entry
    entries = list(tmp_path.iterdir())
    assert len(entries) == 1

    def no_parsing(*arguments: object) -> None:
        raise AssertionError("parsed although the cache holds the font")

    monkeypatch.setattr("reportlab.pdfbase.ttfonts.TTFontFile.extractInfo", no_parsing)
    read = CachedTTFont("read", path, folder=tmp_path)
    assert set(vars(read)) == set(vars(parsed))  # TTFont.__init__'s attributes, all of them
    for font in (written, read):
        assert _comparable(font.face) == _comparable(parsed.face)
        assert _types(_comparable(font.face)) == _types(_comparable(parsed.face))
        assert font.shapable == parsed.shapable
        assert font._asciiReadable == parsed._asciiReadable


def test_widths_measured_the_same(tmp_path: Path) -> None:
    path = str(resource_path("fonts", "DejaVuSans-Bold.ttf"))
    CachedTTFont("warm", path, folder=tmp_path)
    cached, parsed = CachedTTFont("c", path, folder=tmp_path), TTFont("p", path)
    text = "Child Online Protection — защита детей, حماية الأطفال, ½ ✓"
    assert cached.stringWidth(text, 11) == parsed.stringWidth(text, 11)


def _damaged_versions(good: bytes) -> dict[str, bytes]:
    header_end = good.index(b"}", good.index(b"{")) + 1
    return {
        "empty": b"",
        "not ours": b'{"key": "x"}',
        "cut short": good[: len(good) // 2],
        "one byte more": good + b"\0",
        "other reportlab": good.replace(b'"reportlab":"', b'"reportlab":"0.', 1),
        "other subfont": good.replace(b'"subfont":0', b'"subfont":1', 1),
        "header garbage": good[:40] + b"\xff" * 20 + good[60:],
        "a name that is a number": good.replace(b'"name":"', b'"name":1,"x":"', 1),
        "arrays lie about their length": good.replace(b'"q",', b'"q",1', 1),
        "pickle": b"\x80\x04\x95" + good[header_end:],
        "nested header": good[:23] + (20_000).to_bytes(8, "little") + b"[" * 20_000,
    }


@pytest.mark.parametrize("damage", list(_damaged_versions(b"{}")))
def test_a_damaged_or_foreign_entry_is_parsed_again_and_replaced(
    tmp_path: Path, damage: str
) -> None:
    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    CachedTTFont("first", path, folder=tmp_path)
    (entry,) = tmp_path.iterdir()
    good = entry.read_bytes()
    entry.write_bytes(_damaged_versions(good)[damage])
    font = CachedTTFont("again", path, folder=tmp_path)
    assert _comparable(font.face) == _comparable(TTFont("parsed", path).face)
    assert entry.read_bytes() == good  # written anew from the parse


def test_a_pipe_in_place_of_an_entry_is_not_waited_for(tmp_path: Path) -> None:
    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    CachedTTFont("first", path, folder=tmp_path)
    (entry,) = tmp_path.iterdir()
    entry.unlink()
    os.mkfifo(entry)  # opening it for reading would block until someone writes
    font = CachedTTFont("again", path, folder=tmp_path)
    assert _comparable(font.face) == _comparable(TTFont("parsed", path).face)


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("in the way")
    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    font = CachedTTFont("f", path, folder=blocked / "fonts")
    assert _comparable(font.face) == _comparable(TTFont("p", path).face)


def test_decode_never_accepts_an_entry_for_another_font(tmp_path: Path) -> None:
    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    CachedTTFont("f", path, folder=tmp_path)
    (entry,) = tmp_path.iterdir()
    key = {"format": font_cache.FORMAT, "reportlab": "x", "sha256": "0" * 64, "byteorder": "little"}
    with pytest.raises(ValueError):
        font_cache.decode(entry.read_bytes(), key, 0)


def _export(draft: Path, output: Path, cache: Path) -> bytes:
    environment = dict(os.environ, XDG_CACHE_HOME=str(cache))
    subprocess.run(
        [sys.executable, "-m", "copeditor", "export", str(draft), "-o", str(output)],
        check=True,
        capture_output=True,
        env=environment,
    )
    return output.read_bytes()


def test_the_exported_pdf_is_the_same_with_an_empty_a_warm_and_a_damaged_cache(
    tmp_path: Path, ecpat: Any
) -> None:
    from copeditor.storage import save_draft

    draft = tmp_path / "ecpat.json"
    save_draft(ecpat, draft)
    cache = tmp_path / "cache"
    empty = _export(draft, tmp_path / "empty.pdf", cache)
    entries = sorted((cache / "copeditor" / "fonts").iterdir())
    assert len(entries) == 4  # the four DejaVu faces
    warm = _export(draft, tmp_path / "warm.pdf", cache)
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[:1000])
    damaged = _export(draft, tmp_path / "damaged.pdf", cache)
    assert empty == warm == damaged
