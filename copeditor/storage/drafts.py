"""Drafts on disk: JSON files saved atomically with a backup, loaded with clear errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from copeditor.atomicfile import remove_stale_temporaries, write_atomic
from copeditor.inputfiles import (
    MAX_INPUT_BYTES,
    InputFileError,
    InputTooLargeError,
    describe_os_error,
    read_input_bytes,
)
from copeditor.model import (
    MAX_PROGRAMMES_PER_AREA,
    SCHEMA_VERSION,
    Submission,
    too_long_message,
)
from copeditor.model.draft_json import draft_json
from copeditor.model.migrations import MigrationError, migrate
from copeditor.storage.errors import (
    DraftNotJsonError,
    DraftSaveError,
    DraftShapeError,
    DraftTooLargeError,
    DraftTooNewError,
    DraftUnreadableError,
)

# One limit for every input (inputfiles.py): it keeps a wrong file (a video, a disk image) from
# being read into memory, and pydantic's parser limits nesting but not size. save_draft refuses
# to write a bigger draft, so every draft saved can be opened again.
MAX_DRAFT_BYTES = MAX_INPUT_BYTES
BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `draft.json.bak` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def draft_bytes(submission: Submission) -> bytes:
    return draft_json(submission)


def save_draft(submission: Submission, path: Path | str, keep_backup: bool = True) -> None:
    """Write `submission` to `path` atomically. The version it replaces becomes the backup.

    Raises DraftSaveError; then the draft on disk is exactly as it was.
    """
    path = Path(path)
    data = draft_bytes(submission)
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftSaveError(
            path,
            f"could not be saved: the draft is too large ({len(data) / 1e6:.1f} MB; drafts are "
            f"limited to {MAX_DRAFT_BYTES / 1e6:.0f} MB): shorten or remove some programmes",
        )
    try:
        if keep_backup and path.is_file():
            previous = path.read_bytes()
            if previous != data:
                write_atomic(backup_path(path), previous)
        write_atomic(path, data)
    except OSError as error:
        raise DraftSaveError(path, f"could not be saved: {describe_os_error(error)}") from error
    remove_stale_temporaries(path)  # left by an editor that was killed while saving


def load_draft(path: Path | str) -> Submission:
    """Read a draft, migrating older formats; a DraftError subclass says what is wrong."""
    path = Path(path)
    return draft_from_bytes(_read_capped(path), path)


def draft_from_bytes(data: bytes, path: Path) -> Submission:
    """A draft's bytes from elsewhere (a PDF's attachment): the same checks and migrations;
    `path` names the source in messages."""
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftTooLargeError(path, "is too large to be a draft")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DraftNotJsonError(path, "is not a draft (not UTF-8 text)") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DraftNotJsonError(
            path, f"is not a draft (not valid JSON: {error.msg} at line {error.lineno})"
        ) from None
    except (ValueError, RecursionError) as error:
        raise DraftNotJsonError(path, f"is not a draft (unreadable JSON: {error})") from None
    return submission_from_json(path, document)


def submission_from_json(path: Path, document: Any) -> Submission:
    if not isinstance(document, dict):
        raise DraftShapeError(path, "is not a draft (the JSON is not an object)")
    version = document.get("schema_version")
    if type(version) is not int:
        raise DraftShapeError(path, "is not a draft (schema_version is missing or not a number)")
    if version > SCHEMA_VERSION:
        raise DraftTooNewError(
            path,
            f"was written by a newer version of the editor (draft format {version}; this "
            f"version reads up to {SCHEMA_VERSION}): please update the editor",
        )
    if version < SCHEMA_VERSION:
        try:
            document = migrate(document, version)
        except MigrationError as error:
            raise DraftShapeError(path, f"cannot be read: {error}") from None
    try:
        return Submission.model_validate(document)
    except ValidationError as error:
        over = over_limit_message(error)
        if over:
            raise DraftTooLargeError(path, f"holds more than a draft may: {over}") from None
        raise DraftShapeError(path, f"is damaged: {describe_validation_error(error)}") from None


def over_limit_message(error: ValidationError) -> str | None:
    """A field over the cap, or an area with too many programmes, in words; else None."""
    for item in error.errors():
        location = item["loc"]
        if item["type"] == "string_too_long" and isinstance(item["input"], str):
            return too_long_message(_place(location), len(item["input"]))
        if item["type"] == "too_long" and location[-1:] == ("programmes",):
            count = len(item["input"]) if isinstance(item["input"], list) else 0
            return (
                f"{_place(location[:-1])} has {count:,} programmes; an area holds at most "
                f"{MAX_PROGRAMMES_PER_AREA:,}"
            )
    return None


def _place(location: tuple[int | str, ...]) -> str:
    """("areas", 0, "programmes", 1, "summary") as "Area 1, programme 2, summary"."""
    words = []
    for key, value in zip(location[::2], location[1::2], strict=False):
        if key == "areas" and isinstance(value, int):
            words.append(f"Area {value + 1}")
        elif key == "programmes" and isinstance(value, int):
            words.append(f"programme {value + 1}")
    if len(location) % 2:
        words.append(str(location[-1]).replace("_", " "))
    return ", ".join(words) or "the draft"


def describe_validation_error(error: ValidationError) -> str:
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "the document"
    more = error.error_count() - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"field '{location}': {first['msg']}{suffix}"


def _read_capped(path: Path) -> bytes:
    try:
        return read_input_bytes(path, MAX_DRAFT_BYTES)
    except InputTooLargeError as error:
        raise DraftTooLargeError(path, f"{error}: it cannot be a draft") from None
    except InputFileError as error:
        raise DraftUnreadableError(path, str(error)) from None
