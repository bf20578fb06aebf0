"""Drafts on disk: JSON files saved atomically with a backup, loaded with clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from copeditor.atomicfile import remove_stale_temporaries, write_atomic
from copeditor.model import SCHEMA_VERSION, Submission
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

# A real draft is well under 1 MB; the cap keeps a wrong file (a video, a disk image) from being
# read into memory, and pydantic's parser limits nesting but not size.
MAX_DRAFT_BYTES = 64 * 1024 * 1024
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
    try:
        if keep_backup and path.is_file():
            previous = path.read_bytes()
            if previous != data:
                write_atomic(backup_path(path), previous)
        write_atomic(path, data)
    except OSError as error:
        raise DraftSaveError(path, f"could not be saved: {_describe_os_error(error)}") from error
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
        raise DraftShapeError(path, f"is damaged: {describe_validation_error(error)}") from None


def describe_validation_error(error: ValidationError) -> str:
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "the document"
    more = error.error_count() - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"field '{location}': {first['msg']}{suffix}"


def _read_capped(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_DRAFT_BYTES:
                raise DraftTooLargeError(
                    path,
                    f"is too large to be a draft ({size / 1e6:.0f} MB; the limit is "
                    f"{MAX_DRAFT_BYTES / 1e6:.0f} MB)",
                )
            data = handle.read(MAX_DRAFT_BYTES + 1)
    except OSError as error:
        raise DraftUnreadableError(path, f"cannot be opened: {_describe_os_error(error)}") from None
    if len(data) > MAX_DRAFT_BYTES:  # grew while we read it
        raise DraftTooLargeError(path, "is too large to be a draft")
    return data


def _describe_os_error(error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    return reason[0].lower() + reason[1:] if reason else "unknown error"
