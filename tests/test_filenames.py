"""File names made from organisation names."""

from __future__ import annotations

import pytest

from copeditor.formats.filenames import safe_name_part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECPAT International", "ECPAT International"),
        ("A/B: C\\D*E?", "A-B- C-D-E"),
        ("Фонд «Дети»", "Фонд «Дети»"),
        ("  ..dots..  ", "dots"),
        ("CON", "CON-"),
        ("x" * 200, "x" * 80),
        ("tab\tand\nnewline", "tab-and-newline"),
    ],
)
def test_safe_name_part(text: str, expected: str) -> None:
    assert safe_name_part(text) == expected
