"""Drafts on disk: atomic save with backup, typed load errors, migrations, property tests."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copeditor import atomicfile
from copeditor.model import SCHEMA_VERSION, AreaEntry, Programme, Submission, migrations
from copeditor.storage import (
    DraftError,
    DraftNotJsonError,
    DraftSaveError,
    DraftShapeError,
    DraftTooLargeError,
    DraftTooNewError,
    DraftUnreadableError,
    backup_path,
    drafts,
    load_draft,
    save_draft,
)


def test_save_and_load_the_ecpat_draft(tmp_path: Path, ecpat: Submission) -> None:
    path = tmp_path / "ecpat.json"
    save_draft(ecpat, path)
    assert load_draft(path) == ecpat
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert [p.name for p in tmp_path.iterdir()] == ["ecpat.json"]


def test_saving_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    save_draft(Submission(organisation="First"), path)
    save_draft(Submission(organisation="Second"), path)
    assert load_draft(path).organisation == "Second"
    assert load_draft(backup_path(path)).organisation == "First"
    assert backup_path(path).name == "draft.json.bak"


def test_saved_drafts_are_private(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    save_draft(Submission(), path)
    assert path.stat().st_mode & 0o777 == 0o600


# --- each load error, one test each -------------------------------------------------------


def write(tmp_path: Path, content: bytes | str) -> Path:
    path = tmp_path / "draft.json"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def assert_one_line(error: DraftError) -> None:
    message = str(error)
    assert message.startswith("draft.json: ") and "\n" not in message


def test_load_refuses_a_file_that_is_not_json(tmp_path: Path) -> None:
    with pytest.raises(DraftNotJsonError) as caught:
        load_draft(write(tmp_path, "**COP Partners' Ongoing Project Summary**"))
    assert_one_line(caught.value)
    assert "not valid JSON" in str(caught.value)


def test_load_refuses_binary_data(tmp_path: Path) -> None:
    with pytest.raises(DraftNotJsonError, match="not UTF-8"):
        load_draft(write(tmp_path, b"\x89PNG\r\n\x1a\n\xff\xfe"))


def test_load_names_the_field_of_a_wrong_shape(tmp_path: Path) -> None:
    draft = Submission().model_dump(mode="json")
    draft["areas"][2]["programmes"] = [{"name": "x", "website": ["not", "text"]}]
    with pytest.raises(DraftShapeError) as caught:
        load_draft(write(tmp_path, json.dumps(draft)))
    assert_one_line(caught.value)
    assert "areas.2.programmes.0.website" in str(caught.value)


def test_load_refuses_json_that_is_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(DraftShapeError, match="not an object"):
        load_draft(write(tmp_path, "[1, 2, 3]"))


def test_load_refuses_a_draft_from_a_newer_version(tmp_path: Path) -> None:
    draft = Submission().model_dump(mode="json") | {"schema_version": 7}
    with pytest.raises(DraftTooNewError) as caught:
        load_draft(write(tmp_path, json.dumps(draft)))
    assert_one_line(caught.value)
    assert "newer version" in str(caught.value)


def test_load_refuses_a_file_over_the_size_cap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drafts, "MAX_DRAFT_BYTES", 1000)
    with pytest.raises(DraftTooLargeError) as caught:
        load_draft(write(tmp_path, " " * 1001))
    assert_one_line(caught.value)


def test_load_refuses_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(DraftUnreadableError) as caught:
        load_draft(tmp_path / "draft.json")
    assert_one_line(caught.value)
    with pytest.raises(DraftUnreadableError):
        load_draft(tmp_path)  # a folder


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_load_refuses_a_file_without_permission(tmp_path: Path) -> None:
    path = write(tmp_path, "{}")
    path.chmod(0)
    with pytest.raises(DraftUnreadableError, match="permission denied"):
        load_draft(path)


def test_older_drafts_are_migrated_one_step_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend the current format is 3 and drafts of format 1 had an "org" key renamed later.
    def rename_org(draft: dict) -> dict:
        draft["organisation"] = draft.pop("org")
        return draft

    def add_areas(draft: dict) -> dict:
        draft.setdefault("areas", [{"programmes": []}] * 5)
        return draft

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(drafts, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_org, 2: add_areas})
    migrated = migrations.migrate({"schema_version": 1, "org": "Old"}, 1)
    assert migrated == {
        "schema_version": 3,
        "organisation": "Old",
        "areas": [{"programmes": []}] * 5,
    }
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: rename_org})
    with pytest.raises(migrations.MigrationError, match="from draft format version 2"):
        migrations.migrate({"schema_version": 1, "org": "Old"}, 1)


# --- atomic save under injected failures ---------------------------------------------------


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failed_save_leaves_the_old_file_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "draft.json"
    save_draft(Submission(organisation="Old"), path, keep_backup=False)
    before = path.read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class FailingHandle:
            def __init__(self, fd: int, mode: str) -> None:
                self.handle = real_fdopen(fd, mode)

            def __enter__(self) -> FailingHandle:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                self.handle.write(data[: len(data) // 2])
                fail()
                return 0

        monkeypatch.setattr(atomicfile.os, "fdopen", FailingHandle)
    elif failing == "fsync":
        monkeypatch.setattr(atomicfile, "fsync_file", fail)
    else:
        monkeypatch.setattr(atomicfile.os, "replace", fail)

    with pytest.raises(DraftSaveError) as caught:
        save_draft(Submission(organisation="New"), path, keep_backup=False)
    assert "no space left on device" in str(caught.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["draft.json"]  # no temporary file left


def test_drafts_are_synced_to_disk_and_lock_notes_are_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    monkeypatch.setattr(atomicfile, "fsync_file", lambda fd: synced.append("file"))
    monkeypatch.setattr(atomicfile, "fsync_directory", lambda folder: synced.append("folder"))
    save_draft(Submission(organisation="Kept"), tmp_path / "draft.json", keep_backup=False)
    assert synced == ["file", "folder"]
    synced.clear()
    from copeditor.storage.locks import read_owner, try_lock

    lock = try_lock(tmp_path / "draft.lock")
    try:
        assert synced == []  # who holds a lock is worth nothing after a power cut
        owner = read_owner(tmp_path / "draft.owner")
        assert owner is not None and owner.pid == os.getpid()
    finally:
        lock.release()


def test_replace_is_retried_while_another_program_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "draft.json"
    real_replace = os.replace
    attempts = []

    def busy_twice(source: object, target: object) -> None:
        attempts.append(target)
        if len(attempts) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(atomicfile.os, "replace", busy_twice)
    monkeypatch.setattr(atomicfile, "_RETRY_PAUSE_SECONDS", 0.001)
    save_draft(Submission(organisation="Held"), path)
    assert len(attempts) == 3
    assert load_draft(path).organisation == "Held"


def test_replace_gives_up_after_a_bounded_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def always_busy(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomicfile.os, "replace", always_busy)
    monkeypatch.setattr(atomicfile, "REPLACE_RETRY_SECONDS", 0.01)
    monkeypatch.setattr(atomicfile, "_RETRY_PAUSE_SECONDS", 0.001)
    with pytest.raises(DraftSaveError, match="permission denied"):
        save_draft(Submission(), tmp_path / "draft.json")
    assert list(tmp_path.iterdir()) == []


# --- properties ----------------------------------------------------------------------------

# Any text a person (or a damaged clipboard) can produce: emoji, right-to-left scripts,
# control characters. Lone surrogates cannot be stored as UTF-8 and the model refuses them.
any_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=["Cs"]),
        st.sampled_from("العربية עברית 中文 \U0001f600\u200f\x00\x07\x1b\t\r"),
    ),
    max_size=60,
)
programmes = st.builds(
    Programme, name=any_text, website=any_text, summary=any_text, additional_information=any_text
)
submissions = st.builds(
    Submission,
    organisation=any_text,
    areas=st.lists(
        st.builds(AreaEntry, programmes=st.lists(programmes, max_size=2)), min_size=5, max_size=5
    ),
    last_modified=st.one_of(
        st.none(), st.datetimes(timezones=st.just(UTC), min_value=datetime(2000, 1, 1))
    ),
)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(submission=submissions)
def test_any_submission_saves_and_loads_back_equal(tmp_path: Path, submission: Submission) -> None:
    path = tmp_path / "draft.json"
    save_draft(submission, path)
    assert load_draft(path) == submission


draft_like_bytes = st.one_of(
    st.binary(max_size=300),
    submissions.map(lambda s: s.model_dump_json().encode()).flatmap(
        lambda data: st.integers(0, len(data)).map(lambda cut: data[:cut])
    ),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda children: (
            st.lists(children, max_size=5)
            | st.dictionaries(
                st.sampled_from(["schema_version", "organisation", "areas", "programmes", "name"]),
                children,
                max_size=5,
            )
        ),
    ).map(lambda value: json.dumps(value).encode()),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=draft_like_bytes)
def test_load_of_arbitrary_bytes_returns_a_submission_or_a_draft_error(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "draft.json"
    path.write_bytes(data)
    try:
        result = load_draft(path)
    except DraftError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(result, Submission)


def test_deeply_nested_json_is_a_draft_error(tmp_path: Path) -> None:
    with pytest.raises(DraftError):
        load_draft(write(tmp_path, "[" * 100_000 + "]" * 100_000))
