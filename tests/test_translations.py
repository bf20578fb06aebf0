"""The .ts files are complete and current: every string of the code, each one translated."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "ar", "ru", "zh")
CATALOGUES = ("en", *LANGUAGES)  # English: plural forms only (lupdate -pluralonly)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|\[\*\]")

Message = tuple[str, str, str]  # context, source, comment


def _messages(path: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def _lupdate() -> Path:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed")
    return tool


def test_every_string_of_the_code_is_in_every_ts_file(tmp_path: Path) -> None:
    """`make translations` would change nothing: no string missing, none left over."""
    sources = sorted(str(path) for path in (ROOT / "copeditor" / "ui").rglob("*.py"))
    for code in CATALOGUES:
        committed = TRANSLATIONS / f"copeditor_{code}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        plural_only = ["-pluralonly"] if code == "en" else []
        subprocess.run(
            [str(_lupdate()), *sources, "-no-obsolete", "-locations", "none", *plural_only]
            + ["-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        before, after = set(_messages(committed)), set(_messages(fresh))
        assert sorted(after - before) == [], f"{code}: not in the .ts (run make translations)"
        assert sorted(before - after) == [], f"{code}: gone from the code (make translations)"


@pytest.mark.parametrize("code", CATALOGUES)
def test_every_entry_is_translated_with_its_placeholders_and_one_mnemonic(code: str) -> None:
    text = (TRANSLATIONS / f"copeditor_{code}.ts").read_text(encoding="utf-8")
    for state in ("unfinished", "vanished", "obsolete"):
        assert f'type="{state}"' not in text
    for (context, source, _), message in _messages(TRANSLATIONS / f"copeditor_{code}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            where = f"{code} {context}: {source!r} -> {form!r}"
            assert form.strip(), where
            counts = {"%n", "%Ln"}  # a plural form may say "one" in words instead
            wanted = sorted(set(PLACEHOLDER.findall(source)) - counts)
            assert sorted(set(PLACEHOLDER.findall(form)) - counts) == wanted, where
            if "&" in source.replace("&&", ""):
                assert form.replace("&&", "").count("&") == 1, where
                assert not form.replace("&&", "").endswith("&"), where
            else:
                assert "&" not in form.replace("&&", ""), where
        if message.get("numerus") == "yes":
            assert any(re.search("%L?n", form) for form in forms), f"{code} {source!r}"


def test_arabic_reads_right_to_left_and_the_others_left_to_right() -> None:
    for code in LANGUAGES:
        messages = _messages(TRANSLATIONS / f"copeditor_{code}.ts")
        (direction,) = [
            message.findtext("translation")
            for (context, source, _), message in messages.items()
            if (context, source) == ("QGuiApplication", "QT_LAYOUT_DIRECTION")
        ]
        assert direction == ("RTL" if code == "ar" else "LTR")


def test_the_glossary_terms_are_used_in_the_translations() -> None:
    """The initiative's name, as ITU writes it, is used where the interface names it."""
    glossary = (TRANSLATIONS / "glossary.md").read_text(encoding="utf-8")
    for code, official, used in (
        ("fr", "Protection en ligne des enfants", "protection en ligne des enfants"),
        ("es", "Protección de la Infancia en Línea", "protección de la infancia en línea"),
        ("ar", "حماية الأطفال على الإنترنت", "حماية الأطفال على الإنترنت"),
        # Russian declines it: "к защите ребенка в онлайновой среде".
        ("ru", "Защита ребенка в онлайновой среде", "ребенка в онлайновой среде"),
        ("zh", "儿童在线保护", "儿童在线保护"),
    ):
        assert official in glossary, code
        text = (TRANSLATIONS / f"copeditor_{code}.ts").read_text(encoding="utf-8")
        assert used in text.lower(), code


def test_the_template_words_list_holds_every_text_of_the_template() -> None:
    pytest.importorskip("PySide6")
    from copeditor.model import form_template
    from copeditor.ui.template_text import SHOWN_FIELDS, TEMPLATE_WORDS

    template = form_template()
    texts = [
        template.title,
        template.subtitle,
        template.organisation_label,
        template.area_heading,
        *dataclasses.asdict(template.labels).values(),
        *(text for area in template.areas for text in (area.title, area.short_name)),
        *(
            text or ""
            for model, field in SHOWN_FIELDS
            for text in (model.model_fields[field].title, model.model_fields[field].description)
        ),
    ]
    assert [text for text in texts if text not in TEMPLATE_WORDS] == []
