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
_CANARIES = {
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

_lock = threading.Lock()
_loaded: dict[tuple[Path, str], Hunspell] = {}


def dictionaries_dir() -> Path:
    return resource_path("dictionaries")


def load_dictionary(language: str, folder: Path | None = None) -> Hunspell:
    """The Hunspell object for a BCP 47 tag, with the COP glossary added; loaded once.

    Safe to call from a worker thread (loading takes a fraction of a second to a few seconds);
    use the object from one thread at a time. Raises DictionaryError.
    """
    name = dictionary_name(language)
    if name is None:
        raise DictionaryError(language, f"no spelling dictionary for the language {language}")
    folder = folder or dictionaries_dir()
    with _lock:
        key = (folder, name)
        if key not in _loaded:
            _loaded[key] = _load(language, name, folder)
        return _loaded[key]


def forget_loaded_dictionaries() -> None:
    """Drop the loaded dictionaries (tests; a dictionary replaced on disk)."""
    with _lock:
        _loaded.clear()


def _load(language: str, name: str, folder: Path) -> Hunspell:
    aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
    for path in (aff, dic, folder / GLOSSARY_FILE):
        if not path.is_file():
            raise DictionaryError(language, f"the {name} spelling dictionary is missing: {path}")
    _check_whole(language, dic)
    # Imported here, on first use: the extension and libhunspell cost start-up time otherwise.
    from hunspell import Hunspell, HunspellFilePathError

    try:
        dictionary = Hunspell(name, hunspell_data_dir=str(folder))
    except (HunspellFilePathError, OSError, UnicodeError) as error:
        raise DictionaryError(
            language, f"the {name} spelling dictionary cannot be opened: {error}"
        ) from None
    canary = _CANARIES.get(name)
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
