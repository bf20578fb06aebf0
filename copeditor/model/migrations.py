"""Bring drafts written by older versions of the program up to the current schema, step by step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from copeditor.model.language import DEFAULT_LANGUAGE
from copeditor.model.submission import SCHEMA_VERSION

Draft = dict[str, Any]


def _v1_to_v2(draft: Draft) -> Draft:
    # Version 1 had no language: every draft was written in the editor's only one, English.
    draft.setdefault("language", DEFAULT_LANGUAGE)
    return draft


# MIGRATIONS[n] turns a version-n draft into a version-(n + 1) draft. Each step is one small
# function; load_draft applies them in a chain.
MIGRATIONS: dict[int, Callable[[Draft], Draft]] = {1: _v1_to_v2}


class MigrationError(ValueError):
    """The draft's version cannot be brought up to date."""


def migrate(draft: Draft, from_version: int) -> Draft:
    version = from_version
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationError(f"no migration from draft format version {version}")
        draft = step(dict(draft))
        version += 1
        draft["schema_version"] = version
    return draft
