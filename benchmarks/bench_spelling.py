"""Spelling: the 100-page draft checked on the command line; dictionary loads and suggestions."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Row, median_process_seconds, median_seconds

if TYPE_CHECKING:
    from copeditor.spelling import SpellChecker

# One misspelling of each kind partners make, planted through the draft.
TYPOS = (
    "recieve", "childern", "organisaton", "explotation", "awarness", "goverment",
    "programe", "accomodation", "occured", "seperate", "definately", "enviroment",
    "begining", "comittee", "existance", "independant", "neccessary", "publically",
    "reccomend", "wich",
)  # fmt: skip
# Per dictionary: a tag it serves and a misspelt word to ask suggestions for.
LANGUAGES = {
    "en_GB": ("en-GB", "organisaton"),
    "en_US": ("en-US", "organizaton"),
    "fr_FR": ("fr-FR", "l'enfanse"),
    "es_ES": ("es-ES", "explotacion"),
    "ru_RU": ("ru-RU", "защыта"),
    "ar": ("ar", "الاطفال"),
}
CLI_TARGET_S = 10.0
LOAD_TARGET_S = 1.0  # loaded off the UI thread; this bounds the wait before underlines appear
SUGGEST_TARGET_S = 0.5  # a right-click menu should open within half a second


def typo_draft(word_count: int):  # type: ignore[no-untyped-def]
    """The 100-page draft with a typo every 250 words (20 distinct, 200 in all at 50,000)."""
    from benchmarks.drafts import paragraphs, programmes_of
    from copeditor.model import Submission

    submission = Submission(organisation="Benchmark Partner Organisation")
    words = paragraphs(word_count, 1).split(" ")
    for number, position in enumerate(range(125, len(words), 250)):
        words[position] = TYPOS[number % len(TYPOS)]
    submission.areas[0].programmes.extend(programmes_of(words))
    return submission


def _validate_spelling(command: list[str]) -> None:
    result = subprocess.run([*command, "--spelling"], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr  # 1: unknown words listed
    assert "recieve: receive" in result.stdout


def _suggestion_seconds(checker: SpellChecker, typo: str, quick: bool) -> float:
    assert checker.suggest(typo), typo
    return median_seconds(lambda: checker.suggest(typo), 1 if quick else 3)


def run(quick: bool = False) -> list[Row]:
    from copeditor.spelling import SpellingSession, check_submission
    from copeditor.spelling.dictionaries import forget_loaded_dictionaries, load_dictionary
    from copeditor.storage import save_draft

    rows: list[Row] = []
    word_count = 2_000 if quick else 50_000
    submission = typo_draft(word_count)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "typos.json"
        save_draft(submission, path)
        command = [sys.executable, "-m", "copeditor", "validate", str(path)]
        repeats = 1 if quick else 5
        floor = median_process_seconds(command, repeats)
        whole = median_seconds(lambda: _validate_spelling(command), repeats)
    rows.append(
        Row(
            f"`copeditor validate --spelling`, {word_count:,}-word draft with "
            f"{len(TYPOS)} distinct typos",
            whole,
            "s",
            floor=f"`copeditor validate` without spelling: {floor * 1000:.0f} ms",
            ratio=whole / floor,
            target=f"<= {CLI_TARGET_S:.0f} s",
            met=whole <= CLI_TARGET_S,
        )
    )
    checker = SpellingSession().checker("en-GB")
    check = median_seconds(lambda: check_submission(submission, checker), 1 if quick else 5)
    rows.append(
        Row(
            f"Find the unknown words of the {word_count:,}-word draft, in process (no suggestions)",
            check * 1000,
            "ms",
            floor=f"{word_count / check / 1e3:.0f} thousand words/s",
        )
    )
    for name, (language, typo) in LANGUAGES.items():
        if quick and name != "en_GB":
            continue

        def load(language: str = language) -> None:
            forget_loaded_dictionaries()
            load_dictionary(language)

        load_seconds = median_seconds(load, 1 if quick else 3)
        rows.append(
            Row(
                f"Load the {name} dictionary (with the COP glossary)",
                load_seconds * 1000,
                "ms",
                target=f"<= {LOAD_TARGET_S * 1000:.0f} ms, off the UI thread",
                met=load_seconds <= LOAD_TARGET_S,
            )
        )
        suggest = _suggestion_seconds(SpellingSession().checker(language), typo, quick)
        rows.append(
            Row(
                f"Suggestions for '{typo}' ({name})",
                suggest * 1000,
                "ms",
                target=f"<= {SUGGEST_TARGET_S * 1000:.0f} ms",
                met=suggest <= SUGGEST_TARGET_S,
            )
        )
    return rows
