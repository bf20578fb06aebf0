"""The draft's language: a BCP 47 tag, British English by default, added to older drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from copeditor.formats.textform import read_text_form, write_text_form
from copeditor.model import SCHEMA_VERSION, Submission
from copeditor.storage import load_draft, save_draft


def test_a_new_draft_is_in_british_english() -> None:
    assert Submission().language == "en-GB"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("fr", "fr"),
        ("fr-ca", "fr-CA"),
        ("EN_us", "en-US"),
        ("zh-hans-cn", "zh-Hans-CN"),
        ("es-419", "es-419"),
        ("ar", "ar"),
    ],
)
def test_any_well_formed_tag_is_kept_in_its_usual_case(written: str, kept: str) -> None:
    assert Submission(language=written).language == kept


@pytest.mark.parametrize(
    "bad", ["", "english", "f", "fr-", "fr CA", "<b>fr</b>", "x" * 200, "en" + "-abcde" * 9999]
)
def test_malformed_tags_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="is not a language tag"):
        Submission(language=bad)


def test_a_version_1_draft_is_migrated_to_british_english(tmp_path: Path) -> None:
    old = Submission(organisation="ECPAT International").model_dump(mode="json")
    del old["language"]
    old["schema_version"] = 1
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")

    loaded = load_draft(path)
    assert (loaded.language, loaded.organisation) == ("en-GB", "ECPAT International")
    assert loaded.schema_version == SCHEMA_VERSION == 2
    save_draft(loaded, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert (saved["schema_version"], saved["language"]) == (2, "en-GB")


def test_the_language_is_saved_and_loaded(tmp_path: Path) -> None:
    save_draft(Submission(language="ru"), tmp_path / "draft.json")
    assert load_draft(tmp_path / "draft.json").language == "ru"


def test_the_text_form_does_not_carry_the_language(ecpat: Submission) -> None:
    # The text form is the template's own document: it stays as partners know it, and a
    # text form read in is in the default language until the user picks another.
    french = ecpat.model_copy(update={"language": "fr"})
    text = write_text_form(french)
    assert text == write_text_form(ecpat)
    assert read_text_form(text).submission.language == "en-GB"
