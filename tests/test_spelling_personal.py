"""The personal word list: added words persist; a damaged file is kept aside, never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from copeditor.spelling import (
    PERSONAL_WORDS_FILE,
    PersonalWordList,
    PersonalWordListError,
    SpellingSession,
)


def test_added_words_persist_across_sessions(tmp_path: Path) -> None:
    folder = tmp_path / "app data" / "spelling"  # created on first save
    session = SpellingSession(folder)
    checker = session.checker("en-GB")
    assert [m.word for m in checker.check("Safernet and Kinderschutz")] == [
        "Safernet",
        "Kinderschutz",
    ]
    session.add_to_personal("Safernet")
    assert [m.word for m in checker.check("Safernet and Kinderschutz")] == ["Kinderschutz"]
    assert (folder / PERSONAL_WORDS_FILE).read_text(encoding="utf-8") == "Safernet\n"

    later = SpellingSession(folder)
    assert [m.word for m in later.checker("fr").check("Safernet et Kinderschutz")] == [
        "Kinderschutz"
    ]


def test_a_word_added_in_lower_case_is_right_at_the_start_of_a_sentence(tmp_path: Path) -> None:
    session = SpellingSession(tmp_path)
    session.add_to_personal("cyberflashing")
    assert session.checker("en-GB").check("Cyberflashing and cyberflashing") == []


def test_words_added_by_another_window_are_kept(tmp_path: Path) -> None:
    first, second = PersonalWordList(tmp_path), PersonalWordList(tmp_path)
    first.add("Safernet")
    second.add("Kinderschutz")
    assert PersonalWordList(tmp_path).words == {"Safernet", "Kinderschutz"}


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00S\x00a\x00f\x00e", b"Safernet\n\x00\x00\x00binary", b"caf\xe9\n"],
    ids=["utf-16", "binary", "latin-1"],
)
def test_a_damaged_list_is_renamed_aside_not_overwritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / PERSONAL_WORDS_FILE
    path.write_bytes(content)
    words = PersonalWordList(tmp_path)
    assert words.words == frozenset()
    assert words.damaged_copy is not None
    assert words.damaged_copy.parent == tmp_path
    assert words.damaged_copy.read_bytes() == content
    assert not path.exists()
    words.add("Safernet")
    assert path.read_text(encoding="utf-8") == "Safernet\n"
    assert words.damaged_copy.read_bytes() == content


def test_a_damaged_list_that_cannot_be_moved_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / PERSONAL_WORDS_FILE
    path.write_bytes(b"\x00damaged")

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    words = PersonalWordList(tmp_path)
    with pytest.raises(PersonalWordListError, match="cannot be renamed"):
        words.add("Safernet")
    assert path.read_bytes() == b"\x00damaged"


def test_a_list_with_blank_lines_and_a_byte_order_mark_reads(tmp_path: Path) -> None:
    (tmp_path / PERSONAL_WORDS_FILE).write_bytes(
        "\ufeffSafernet\r\n\r\n  Kinderschutz  \n".encode()
    )
    assert PersonalWordList(tmp_path).words == {"Safernet", "Kinderschutz"}


def test_a_word_with_spaces_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        PersonalWordList(tmp_path).add("two words")
    assert not (tmp_path / PERSONAL_WORDS_FILE).exists()


def test_a_full_disk_is_one_clear_error_and_keeps_the_old_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copeditor.spelling import personal

    words = PersonalWordList(tmp_path)
    words.add("Safernet")

    def disk_full(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(personal, "write_atomic", disk_full)
    with pytest.raises(PersonalWordListError, match="cannot be saved: No space left on device"):
        words.add("Kinderschutz")
    assert "Kinderschutz" not in words
    assert (tmp_path / PERSONAL_WORDS_FILE).read_text(encoding="utf-8") == "Safernet\n"


def test_a_folder_that_is_a_file_is_one_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "spelling"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(PersonalWordListError, match="word list .* cannot be read"):
        PersonalWordList(blocker).add("Safernet")
    assert blocker.read_text(encoding="utf-8") == "not a folder"
