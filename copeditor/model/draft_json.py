"""A draft's JSON text: what a saved draft holds, and what an exported PDF carries inside."""

from __future__ import annotations

from copeditor.model.submission import Submission


def draft_json(submission: Submission) -> bytes:
    return submission.model_dump_json(indent=2).encode("utf-8") + b"\n"
