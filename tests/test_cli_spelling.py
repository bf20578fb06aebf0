"""`copeditor validate --spelling`: a line per unknown word, suggestions best first, exit codes."""

from __future__ import annotations

from pathlib import Path

from copeditor.model import Programme, Submission
from copeditor.storage import save_draft
from tests.test_cli import run


def draft(tmp_path: Path, summary: str, language: str = "en-GB", name: str = "Safe Online") -> Path:
    submission = Submission(organisation="Org", language=language)
    submission.areas[1].programmes.append(Programme(name=name, summary=summary))
    path = tmp_path / "draft.json"
    save_draft(submission, path)
    return path


def test_unknown_words_are_listed_with_where_they_are(tmp_path: Path) -> None:
    path = draft(
        tmp_path,
        "We **recieve** reports at our [helpline](https://ecpat.org/helpline-recieve).\n\n"
        "- Workshops for teachers and famlies\n",
        name="Safe Onlien",
    )
    result = run("validate", path, "--spelling")
    assert (result.returncode, result.stderr) == (1, "")
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    where_and_words = [line.split(": ")[:2] for line in lines]
    assert where_and_words == [
        ["Area 2, programme 1, programme name", "Onlien"],
        ["Area 2, programme 1, short summary", "recieve"],  # bold markup is not text
        ["Area 2, programme 1, short summary", "famlies"],  # the link address is not checked
    ]
    suggestions = [line.split(": ", 2)[2].split(", ") for line in lines]
    assert suggestions[0][0] == "Online"
    assert suggestions[1][0] == "receive"
    assert suggestions[2][0] == "families"
    assert all(1 <= len(found) <= 5 for found in suggestions)


def test_no_unknown_words_exits_0(tmp_path: Path) -> None:
    path = draft(tmp_path, "We receive reports at our helpline and train teachers.")
    result = run("validate", path, "--spelling")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_drafts_language_picks_the_dictionary(tmp_path: Path) -> None:
    path = draft(tmp_path, "Nous protégeons l'enfance en ligne.", language="fr", name="Enfance")
    assert run("validate", path, "--spelling").returncode == 0
    english = run("validate", path, "--spelling", "--language", "en-GB")
    assert english.returncode == 1
    assert "short summary: protégeons: " in english.stdout


def test_language_overrides_the_drafts_and_implies_spelling(tmp_path: Path) -> None:
    path = draft(tmp_path, "Мы защищаем детей в интернете.", name="Дети")
    assert run("validate", path).returncode == 0  # spelling is not checked unless asked
    assert run("validate", path, "--spelling").returncode == 1
    result = run("validate", path, "--language", "ru")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_language_without_a_dictionary_is_a_one_line_error(tmp_path: Path) -> None:
    path = draft(tmp_path, "Some text.")
    result = run("validate", path, "--language", "zh-CN")
    assert result.returncode == 2
    assert result.stderr == (
        "copeditor: spelling cannot be checked: no spelling dictionary for the language zh-CN\n"
    )
    malformed = run("validate", path, "--language", "not a language")
    assert malformed.returncode == 2
    assert malformed.stderr.count("\n") == 1
    assert "is not a language tag" in malformed.stderr


def test_an_incomplete_draft_lists_its_problems_then_the_words(tmp_path: Path) -> None:
    submission = Submission()
    submission.areas[0].programmes.append(Programme(summary="A mistaek."))
    save_draft(submission, tmp_path / "draft.json")
    result = run("validate", tmp_path / "draft.json", "--spelling")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[:2] == [
        "The partner organisation is not named.",
        "Area 1, programme 1: the programme has no name.",
    ]
    assert lines[2].startswith("Area 1, programme 1, short summary: mistaek: mistake")
