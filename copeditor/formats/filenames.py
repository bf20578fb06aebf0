"""File names made from user text (an organisation's name), safe on every system."""

from __future__ import annotations

import re
import unicodedata

# Forbidden on Windows, or path separators anywhere; control characters too.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_PART = 80


def safe_name_part(text: str, replacement: str = "-") -> str:
    """`text` usable inside a file name: unsafe characters replaced, letters of any script kept."""
    cleaned = _UNSAFE.sub(replacement, unicodedata.normalize("NFC", text))
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .-")
    if cleaned.upper() in _RESERVED:
        cleaned = f"{cleaned}{replacement}"
    return cleaned[:MAX_PART].rstrip(" .")
