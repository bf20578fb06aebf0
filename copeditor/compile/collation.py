"""Sorting organisation names as people expect in any language: the Unicode Collation Algorithm.

Python's sorted() orders by code point ("Zonta" before "ÉCPAT", "ecpat" after both);
locale.strxfrm depends on the machine's locale. pyuca applies the Unicode Collation Algorithm
with its default table, the order meant for text in many languages at once: accents and case
are secondary to the letters, Latin before Greek, Cyrillic, Arabic and Chinese.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _collator() -> Any:
    from pyuca import Collator  # reads its table (about 0.3 s) on first use only

    return Collator()


def collation_key(name: str) -> tuple[Any, ...]:
    """A key for sorted(): the collation, then the text itself so that equal keys stay stable."""
    text = " ".join(name.split())
    return (tuple(_collator().sort_key(text.casefold())), tuple(_collator().sort_key(text)), text)
