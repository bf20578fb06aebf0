"""TrueType metrics parsed once and kept between runs, in the user's cache folder.

reportlab reads a font's tables (names, widths, the character map, glyph positions) in Python
every time a process registers it: about 25 ms for each DejaVu face, so 100 of the 165 ms of a
one-draft export, and 84 ms for the Chinese font. What it keeps is plain numbers, so it is
written here after the first parse and read back afterwards (about 8 ms a DejaVu face, 57 ms the
Chinese font: most of it is building the dictionaries reportlab looks characters up in).

The cache can never change a PDF: an entry is found by the SHA-256 of the font file's bytes, it
repeats that hash and reportlab's version inside, and every value is checked for its type and
shape before use. A missing, damaged, foreign or stale entry is ignored and the font parsed as
before; a cache that cannot be written is simply not written. Numbers and a JSON header, never
pickle: a file someone else put in the folder can at worst be refused, not run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from array import array
from collections.abc import Callable
from fnmatch import fnmatch
from itertools import accumulate
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from copeditor.atomicfile import write_atomic
from copeditor.inputfiles import InputFileError, read_input_bytes

FORMAT = 1

# What TTFontFile.extractInfo sets, by kind of value (read in reportlab 5.1's source; entries are
# keyed by reportlab's version, and a version that sets anything else is not cached at all).
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_NUMBERS = (
    "ascent",
    "descent",
    "unitsPerEm",
    "capHeight",
    "stemV",
    "italicAngle",
    "underlinePosition",
    "underlineThickness",
    "flags",
    "numGlyphs",
    "defaultWidth",
    "_pos",
)
_FLAGS = ("_full_font",)
_NUMBER_LISTS = ("bbox", "glyphPos")
_PAIRS = ("fontRevision",)  # a tuple of two numbers
_PAIR_LISTS = ("hmetrics",)  # a list of (advance, left side bearing)
_NUMBER_MAPS = ("charToGlyph", "charWidths")  # code -> number, kept as [codes, values]
_LIST_MAPS = ("glyphToChar",)  # glyph -> [codes]
_DERIVED = ("_pdfScale",)  # a function of unitsPerEm, rebuilt on reading
KNOWN = frozenset(
    _NAMES + _NUMBERS + _FLAGS + _NUMBER_LISTS + _PAIRS + _PAIR_LISTS + _NUMBER_MAPS + _LIST_MAPS
)


def default_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path("copeditor", appauthor=False) / "fonts"


class CachedTTFont(TTFont):
    """reportlab's TTFont, its face's metrics read from the cache when they are there."""

    def __init__(
        self, name: str, filename: str, subfont_index: int = 0, folder: Path | None = None
    ) -> None:
        # TTFont.__init__ with the face swapped (it would build a TTFontFace, which always
        # parses); tests/test_font_cache.py checks that both end with the same attributes.
        self.fontName = name
        self.face = CachedFace(filename, subfont_index, folder or default_folder())
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob)


class CachedFace(TTFontFace):
    def __init__(self, filename: str, subfont_index: int, folder: Path) -> None:
        self._cache_folder = folder
        self._cache_subfont = subfont_index
        super().__init__(filename, validate=0, subfontIndex=subfont_index)

    def extractInfo(self, charInfo: int = 1) -> None:  # noqa: N802, N803
        digest = hashlib.sha256(self._ttf_data).hexdigest()
        entry = self._cache_folder / f"{digest[:32]}-{self._cache_subfont}.metrics"
        key = {
            "format": FORMAT,
            "reportlab": reportlab.Version,
            "sha256": digest,
            "byteorder": sys.byteorder,  # the arrays are written in the machine's order
        }
        values = _read(entry, key, self._cache_subfont) if charInfo else None
        if values is not None:
            self.__dict__.update(values)
            return
        before = dict(self.__dict__)
        super().extractInfo(charInfo)
        if charInfo:
            found = {
                name: value
                for name, value in self.__dict__.items()
                if name not in before or before[name] is not value
            }
            _write(entry, key, self._cache_subfont, found)


_MAGIC = b"copeditor font metrics\n"


# The largest entry written is the Chinese font's, 3.5 MB.
MAX_ENTRY_BYTES = 16_000_000


def _read(entry: Path, key: dict[str, Any], subfont: int) -> dict[str, Any] | None:
    try:
        # Not read_bytes(): a FIFO put in the entry's place would wait for a writer forever.
        data = read_input_bytes(entry, MAX_ENTRY_BYTES)
        return decode(data, key, subfont)
    except (InputFileError, ValueError, KeyError, TypeError, IndexError, OverflowError):
        return None
    except RecursionError:  # a header of deeply nested JSON
        return None


def _write(entry: Path, key: dict[str, Any], subfont: int, values: dict[str, Any]) -> None:
    if set(values) - set(_DERIVED) != KNOWN:
        return  # another reportlab sets other attributes: parse every time rather than guess
    with contextlib.suppress(OSError, ValueError, TypeError, OverflowError):
        data = encode(values, key, subfont)
        entry.parent.mkdir(parents=True, exist_ok=True)
        # Not durable: a lost entry is parsed again.
        write_atomic(entry, data, durable=False)


# The file: _MAGIC, the length of a JSON header (8 bytes, little-endian), the header (the key,
# the names and single numbers, and each array's type and length), then the arrays' bytes in
# the header's order. The big tables are arrays because building them from JSON took 16 ms a
# face, as long as a good part of the parse it replaces.
def _add_numbers(arrays: dict[str, array[Any]], name: str, numbers: list[Any]) -> None:
    """`numbers` as one array, and where ints and floats mix (reportlab keeps some widths
    unscaled), a second saying which were ints: the types come back as they were."""
    if all(type(number) is int for number in numbers):
        arrays[name] = array("q", numbers)
        return
    if not all(type(number) in (int, float) for number in numbers):
        raise ValueError("not numbers")
    if any(type(number) is int and abs(number) > 2**53 for number in numbers):
        raise ValueError("an integer a float cannot hold")
    arrays[name] = array("d", numbers)
    if any(type(number) is int for number in numbers):
        arrays[f"{name}.is_int"] = array("q", [type(number) is int for number in numbers])


def _numbers_of(arrays: dict[str, array[Any]], name: str) -> list[Any]:
    numbers = arrays[name].tolist()
    flags = arrays.get(f"{name}.is_int")
    if flags is None:
        return numbers
    if len(flags) != len(numbers) or arrays[name].typecode != "d":
        raise ValueError("a damaged array")
    return [int(number) if flag else number for number, flag in zip(numbers, flags, strict=True)]


_ARRAYS = (
    "glyphPos",
    "hmetrics.advances",
    "hmetrics.bearings",
    "charToGlyph.keys",
    "charToGlyph.values",
    "charWidths.keys",
    "charWidths.values",
    "glyphToChar.keys",
    "glyphToChar.counts",
    "glyphToChar.codes",
)


def _arrays(values: dict[str, Any]) -> dict[str, array[Any]]:
    glyph_chars = values["glyphToChar"]
    arrays: dict[str, array[Any]] = {}
    for name, numbers in (
        ("glyphPos", values["glyphPos"]),
        ("hmetrics.advances", [advance for advance, _ in values["hmetrics"]]),
        ("hmetrics.bearings", [bearing for _, bearing in values["hmetrics"]]),
        ("charToGlyph.keys", list(values["charToGlyph"])),
        ("charToGlyph.values", list(values["charToGlyph"].values())),
        ("charWidths.keys", list(values["charWidths"])),
        ("charWidths.values", list(values["charWidths"].values())),
        ("glyphToChar.keys", list(glyph_chars)),
        ("glyphToChar.counts", [len(codes) for codes in glyph_chars.values()]),
        ("glyphToChar.codes", [code for codes in glyph_chars.values() for code in codes]),
    ):
        _add_numbers(arrays, name, numbers)
    return arrays


def encode(values: dict[str, Any], key: dict[str, Any], subfont: int) -> bytes:
    for name in _NAMES:
        if not isinstance(values[name], TTFNameBytes):
            raise ValueError(f"{name} is not a font name")
    if not all(len(pair) == 2 for pair in values["hmetrics"]):
        raise ValueError("hmetrics are not pairs")
    arrays = _arrays(values)
    header = {
        "key": key,
        "subfont": subfont,
        "names": {name: values[name].ustr for name in _NAMES},
        "numbers": {name: values[name] for name in _NUMBERS + _FLAGS},
        "bbox": values["bbox"],
        "fontRevision": list(values["fontRevision"]),
        "arrays": [[name, part.typecode, len(part)] for name, part in arrays.items()],
    }
    text = json.dumps(header, separators=(",", ":")).encode()
    parts = [part.tobytes() for part in arrays.values()]
    return b"".join([_MAGIC, len(text).to_bytes(8, "little"), text, *parts])


def decode(data: bytes, key: dict[str, Any], subfont: int) -> dict[str, Any]:
    """The face's attributes from a cache entry written by encode() for `key`; ValueError
    (or KeyError, TypeError) when it is anything else."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a font metrics file")
    start = len(_MAGIC) + 8
    length = int.from_bytes(data[len(_MAGIC) : start], "little")
    header = json.loads(data[start : start + length])
    if header["key"] != key or header["subfont"] != subfont:
        raise ValueError("another font, reportlab or format")
    arrays: dict[str, array[Any]] = {}
    position = start + length
    for name, typecode, count in header["arrays"]:
        if typecode not in ("q", "d") or type(count) is not int or count < 0:
            raise ValueError("a damaged array")
        part = array(typecode)
        end = position + count * part.itemsize
        part.frombytes(data[position:end])  # raises on a length that is no whole item
        if len(part) != count:
            raise ValueError("a cut file")
        arrays[name] = part
        position = end
    flags = {f"{name}.is_int" for name in _ARRAYS}
    if position != len(data) or not set(_ARRAYS) <= set(arrays) <= set(_ARRAYS) | flags:
        raise ValueError("a damaged file")
    values: dict[str, Any] = {}
    for name in _NAMES:
        if not isinstance(header["names"][name], str):
            raise ValueError(f"{name} is not text")
        values[name] = TTFNameBytes(header["names"][name].encode("utf-8"))
    numbers = header["numbers"]
    for name in _NUMBERS:
        if not isinstance(numbers[name], int | float) or isinstance(numbers[name], bool):
            raise ValueError(f"{name} is not a number")
        values[name] = numbers[name]
    for name in _FLAGS:
        if not isinstance(numbers[name], bool):
            raise ValueError(f"{name} is not true or false")
        values[name] = numbers[name]
    values["bbox"] = _number_list(header["bbox"], 4)
    values["fontRevision"] = tuple(_number_list(header["fontRevision"], 2))
    values["glyphPos"] = _numbers_of(arrays, "glyphPos")
    values["hmetrics"] = list(
        zip(
            _numbers_of(arrays, "hmetrics.advances"),
            _numbers_of(arrays, "hmetrics.bearings"),
            strict=True,
        )
    )
    for name in _NUMBER_MAPS:
        keys = _numbers_of(arrays, f"{name}.keys")
        values[name] = dict(zip(keys, _numbers_of(arrays, f"{name}.values"), strict=True))
    values["glyphToChar"] = _lists(
        _numbers_of(arrays, "glyphToChar.keys"),
        _numbers_of(arrays, "glyphToChar.counts"),
        _numbers_of(arrays, "glyphToChar.codes"),
    )
    units = values["unitsPerEm"]
    if type(units) is not int or units <= 0:
        raise ValueError("unitsPerEm is not a positive integer")
    values["_pdfScale"] = _scale(units)
    return values


def _number_list(value: object, length: int) -> list[Any]:
    if not isinstance(value, list) or len(value) != length:
        raise ValueError("not a list of numbers")
    if not all(isinstance(item, int | float) and not isinstance(item, bool) for item in value):
        raise ValueError("not a list of numbers")
    return value


def _lists(keys: list[int], counts: list[int], codes: list[int]) -> dict[int, list[int]]:
    if len(keys) != len(counts) or sum(counts) != len(codes) or min(counts, default=1) < 1:
        raise ValueError("a damaged glyph table")
    spans = zip(keys, counts, accumulate(counts), strict=True)
    return {glyph: codes[end - count : end] for glyph, count, end in spans}


def _scale(units_per_em: int) -> Callable[[float], float]:
    """TTFontFile.extractInfo's scale from font units to thousandths of an em."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor
