"""Every partner's language in the PDF: Latin, Greek, Cyrillic, Chinese, Arabic; no boxes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont

from copeditor.formats.pdf import UndrawableCharactersError, pdf_bytes
from copeditor.formats.pdf.styles import MARGINS
from copeditor.model import Programme, Submission
from copeditor.resources import resource_path
from copeditor.storage import save_draft
from tests.pdftools import body_text, reader

PARAGRAPHS = {
    "English": "Children deserve protection online.",
    "French": "Les enfants méritent une protection en ligne, même à l'école.",
    "Spanish": "Los niños merecen protección en línea; ¿quién les ayuda?",
    "Russian": "Дети заслуживают защиты в интернете.",
    "Greek": "Τα παιδιά αξίζουν προστασία στο διαδίκτυο.",
    "Chinese": "儿童在网络上应当受到保护。",
    "Arabic": "حماية الأطفال على الإنترنت واجب على الجميع",
    "Mixed": "تعمل منظمة ECPAT منذ عام 1990 في 80 بلدا",
}


def multilingual() -> Submission:
    submission = Submission(organisation="Фонд защиты детей")
    submission.areas[0].programmes.append(
        Programme(name="多语言 programme", summary="\n\n".join(PARAGRAPHS.values()))
    )
    return submission


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return pdf_bytes(multilingual())


def test_latin_greek_cyrillic_and_chinese_read_back_exactly(pdf: bytes) -> None:
    text = " ".join(body_text(pdf).split())
    for language in ("English", "French", "Spanish", "Russian", "Greek", "Chinese"):
        assert PARAGRAPHS[language] in text, language
    assert "Фонд защиты детей" in text and "多语言 programme" in text


def embedded_fonts(data: bytes) -> dict[str, TTFont]:
    """The embedded font programs, by base font name without the subset tag."""
    found: dict[str, TTFont] = {}
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
            found[str(font["/BaseFont"]).split("+")[-1]] = TTFont(io.BytesIO(program))
    return found


def drawn_characters(data: bytes) -> dict[str, set[str]]:
    """For each font, the characters drawn with it, read back through its ToUnicode map."""
    used: dict[str, set[str]] = {}
    for page in reader(data).pages:

        def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
            if font is not None and text.strip():
                name = str(font["/BaseFont"]).split("+")[-1]  # type: ignore[index]
                used.setdefault(name, set()).update(c for c in text if not c.isspace())

        page.extract_text(visitor_text=visit)
    return used


def test_every_character_has_a_glyph_in_the_font_that_draws_it(pdf: bytes) -> None:
    shipped = {
        "DejaVuSans": TTFont(str(resource_path("fonts", "DejaVuSans.ttf"))),
        "WenQuanYiMicroHei": TTCollection(str(resource_path("fonts", "wqy-microhei.ttc"))).fonts[0],
    }
    used = drawn_characters(pdf)
    assert set(embedded_fonts(pdf)) >= set(used)
    for name, characters in used.items():
        (font,) = [f for prefix, f in shipped.items() if name.startswith(prefix)]
        cmap = font.getBestCmap()
        missing = [c for c in characters if ord(c) not in cmap]
        assert missing == [], (name, missing)
    assert "儿" in used["WenQuanYiMicroHei-0"] and "儿" not in used.get("DejaVuSans", set())


def word_boxes(data: bytes, tmp_path: Path) -> list[tuple[str, float, float]]:
    """(word, x max, y min) of each word on the first page, as poppler's pdftotext sees them."""
    pdf = tmp_path / "words.pdf"
    pdf.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [(word, float(x), float(y)) for y, x, word in re.findall(pattern, html)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_arabic_is_joined_and_starts_at_the_right_edge(pdf: bytes, tmp_path: Path) -> None:
    words = word_boxes(pdf, tmp_path)
    arabic = [
        w
        for w in words
        if any("\u0600" <= c <= "\u06ff" or "\ufe70" <= c <= "\ufeff" for c in w[0])
    ]
    # Joined: every Arabic letter drawn is a presentation form, none a bare letter.
    assert arabic and all(not any("\u0600" <= c <= "\u06ff" for c in w[0]) for w in arabic)
    first_word = "ﺣﻤﺎﻳﺔ"  # حماية with its letters joined; drawn in display order (reversed)
    ((_, right, top),) = [w for w in arabic if w[0] == first_word[::-1]]
    line = [w for w in words if abs(w[2] - top) < 1]
    frame_right = 595.28 - MARGINS["right"] - 6  # the frame's padding
    assert right == pytest.approx(frame_right, abs=1.0)
    assert right == max(x for _, x, _ in line)  # the rightmost word of its line
    mixed = [w for w in words if w[0] == "ECPAT"]
    assert mixed and "1990" in [w[0] for w in words]


def test_a_character_no_font_has_is_refused_not_boxed(tmp_path: Path) -> None:
    submission = multilingual()
    submission.areas[1].programmes.append(Programme(name="Hieroglyph 𓀀 and Linear B 𐀀"))
    with pytest.raises(UndrawableCharactersError) as caught:
        pdf_bytes(submission)
    message = str(caught.value)
    assert "'𓀀' (U+13000) in Area 2, programme 1, name" in message
    assert "U+10000" in message
    draft = tmp_path / "d.json"
    save_draft(submission, draft)
    result = subprocess.run(
        [sys.executable, "-m", "copeditor", "export", str(draft), "-o", str(tmp_path / "o.pdf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "U+13000" in result.stderr and not (tmp_path / "o.pdf").exists()
