"""Load the shipped Hunspell dictionaries, once each, checking they are whole before use."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from copeditor.resources import resource_path
from copeditor.spelling.errors import DictionaryError
from copeditor.spelling.languages import dictionary_name

if TYPE_CHECKING:
    from hunspell import Hunspell

GLOSSARY_FILE = "cop-glossary.txt"

# A word each dictionary must accept, built with its affix rules (a damaged .aff loses them).
CANARY_WORDS = {
    "en_GB": "organisations",
    "en_US": "organizations",
    "fr_FR": "l'enfance",
    "es_ES": "protecciones",
    "ru_RU": "защиты",
    "ar": "والأطفال",
}
# A .dic file starts with its number of entries; far fewer lines than that means a cut file.
_WHOLE_FRACTION = 0.95
_LEADING_COUNT = re.compile(rb"\s*(\d+)")

# Hunspell's own limit: longer words are never in a dictionary, and suggesting for them is slow.
MAX_WORD_LENGTH = 100


class Dictionary:
    """A loaded Hunspell dictionary, shared by every checker of its language.

    Hunspell objects are not thread-safe: calls are serialised, so suggestions may be computed
    in a worker thread while the editor goes on checking text.
    """

    def __init__(self, name: str, hunspell: Hunspell) -> None:
        self.name = name
        self._hunspell = hunspell
        self._lock = threading.Lock()

    def spell(self, word: str) -> bool:
        if len(word) > MAX_WORD_LENGTH:
            return False
        with self._lock:
            try:
                return bool(self._hunspell.spell(word))
            except UnicodeError:  # not encodable (a lone surrogate): not a word to flag
                return True

    def suggest(self, word: str) -> list[str]:
        if len(word) > MAX_WORD_LENGTH:
            return []
        with self._lock:
            try:
                return list(self._hunspell.suggest(word))
            except UnicodeError:
                return []

    def add(self, word: str) -> None:
        with self._lock:
            self._hunspell.add(word)


_lock = threading.Lock()
_loaded: dict[tuple[Path, str], Dictionary] = {}
# A dictionary that failed once fails fast afterwards: nothing on disk is read again.
_failed: dict[tuple[Path, str], DictionaryError] = {}


def dictionaries_dir() -> Path:
    return resource_path("dictionaries")


def load_dictionary(language: str, folder: Path | None = None) -> Dictionary:
    """The dictionary for a BCP 47 tag, with the COP glossary added; loaded once.

    Safe to call from a worker thread: loading takes 0.1-0.7 s (see benchmarks/README.md).
    Raises DictionaryError.
    """
    name = dictionary_name(language)
    if name is None:
        raise DictionaryError(language, f"no spelling dictionary for the language {language}")
    folder = folder or dictionaries_dir()
    key = (folder, name)
    with _lock:
        if key in _failed:
            raise DictionaryError(language, str(_failed[key]))
        if key not in _loaded:
            try:
                _loaded[key] = _load(language, name, folder)
            except DictionaryError as error:
                _failed[key] = error
                raise
        return _loaded[key]


def forget_loaded_dictionaries() -> None:
    """Forget loaded and failed dictionaries (tests; a dictionary repaired on disk)."""
    with _lock:
        _loaded.clear()
        _failed.clear()


def _load(language: str, name: str, folder: Path) -> Dictionary:
    aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
    for path in (aff, dic, folder / GLOSSARY_FILE):
        if not path.is_file():
            raise DictionaryError(language, f"the {name} spelling dictionary is missing: {path}")
    _check_whole(language, dic)
    # Imported here, on first use: the extension and libhunspell cost start-up time otherwise.
    from hunspell import Hunspell, HunspellFilePathError

    try:
        dictionary = Dictionary(name, Hunspell(name, hunspell_data_dir=str(folder)))
    except (HunspellFilePathError, OSError, UnicodeError) as error:
        raise DictionaryError(
            language, f"the {name} spelling dictionary cannot be opened: {error}"
        ) from None
    canary = CANARY_WORDS.get(name)
    if canary is not None and not dictionary.spell(canary):
        raise DictionaryError(language, f"the {name} spelling dictionary is damaged: {aff}")
    try:
        words = glossary_words(folder / GLOSSARY_FILE)
    except (OSError, UnicodeDecodeError) as error:
        raise DictionaryError(language, f"the COP glossary cannot be read: {error}") from None
    for word in words:
        dictionary.add(word)
    return dictionary


def _check_whole(language: str, dic: Path) -> None:
    try:
        data = dic.read_bytes()
    except OSError as error:
        reason = error.strerror or error
        raise DictionaryError(
            language, f"the {dic.stem} spelling dictionary cannot be read: {reason}"
        ) from None
    found = _LEADING_COUNT.match(data.removeprefix(b"\xef\xbb\xbf"))
    if found is None or data.count(b"\n") < int(found[1]) * _WHOLE_FRACTION:
        raise DictionaryError(
            language, f"the {dic.stem} spelling dictionary is damaged or cut short: {dic}"
        )


def glossary_words(path: Path) -> list[str]:
    """The COP glossary: one word a line, '#' starts a comment."""
    text = path.read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [word for word in words if word]
