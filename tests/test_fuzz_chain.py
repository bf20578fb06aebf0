"""Fuzzing the command line's chain, import -> validate -> export, with hypothesis.

The promises checked for every generated draft and text form: each command ends with exit code
0, 1 or 2; an error is one line, never a traceback or an "unexpected error"; and every word the
user wrote is in the PDF (its text or its links) or named by a listed problem. Bounded in time:
a few dozen examples each, no deadline per example (the machine is shared).
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copeditor.cli import main
from copeditor.formats.textform import write_text_form
from copeditor.model import Programme, Submission
from copeditor.storage import draft_bytes
from tests.pdftools import body_text, link_uris

# Words the check looks for: plain Latin, so PDF text extraction finds them reliably.
VOCABULARY = [f"{name}{n}" for name in ("alpha", "bravo", "delta", "kilo") for n in range(4)]
# Markdown syntax, markup characters, hostile addresses, other scripts and control characters.
PIECES = [
    " ",
    " ",
    "\n",
    "\n\n",
    "  \n",
    "> ",
    ">>",
    "- ",
    "* ",
    "1. ",
    "   ",
    "#",
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "~~",
    "[",
    "]",
    "](",
    ")",
    "<",
    ">",
    "&",
    "&amp;",
    "&lt;",
    "<b>",
    "<img src=x>",
    "<br/>",
    "\\",
    "http://",
    "https://",
    "mailto:",
    "javascript:",
    "www.",
    ".org",
    "[oops]",
    "[::1",
    "\uff0f",
    "\u2100",
    "=?utf-8?b?QmNjOiB4QHk=?=",
    "\r\n",
    "\t",
    "\x00",
    "\x0b",
    "\u202e",
    "\u200b",
    "مرحبا",
    "中文",
    "Ωμέγα",
    "Привет",
    "😀",
    "%",
    '"',
]
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples every run: the suite stays deterministic
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def fields(max_pieces: int = 40) -> st.SearchStrategy[str]:
    piece = st.sampled_from(VOCABULARY) | st.sampled_from(PIECES)
    return st.lists(piece, max_size=max_pieces).map("".join)


@st.composite
def submissions(draw: st.DrawFn) -> Submission:
    submission = Submission(organisation=draw(fields(8)))
    for area in submission.areas:
        for _ in range(draw(st.integers(0, 2))):
            area.programmes.append(
                Programme(
                    name=draw(fields(6)),
                    website=draw(fields(4)),
                    summary=draw(fields()),
                    additional_information=draw(fields(20)),
                )
            )
    return submission


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    stderr = err.getvalue()
    assert code in (0, 1, 2), (args, code, stderr)
    assert "Traceback" not in stderr and "unexpected error" not in stderr, stderr
    assert stderr.count("\n") <= (1 if code == 2 else stderr.count("line ")), stderr
    return code, out.getvalue(), stderr


def vocabulary_in(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]+\d", text) if word in VOCABULARY}


def check_chain(draft: Path, written: Submission) -> None:
    """validate, then export to PDF, text form and email; the PDF holds every word."""
    folder = draft.parent
    code, problems, _ = run("validate", draft)
    assert code in (0, 1)
    code, _, stderr = run("export", draft, "-o", folder / "out.pdf")
    if code == 2:
        assert "no font for these characters" in stderr  # the one refusal an export may give
        return
    data = (folder / "out.pdf").read_bytes()
    shown = "".join(body_text(data).split()) + " ".join(link_uris(data)) + problems
    texts = [written.organisation] + [
        value
        for area in written.areas
        for p in area.programmes
        for value in (p.name, p.website, p.summary, p.additional_information)
    ]
    missing = {w for text in texts for w in vocabulary_in(text)} - vocabulary_in(shown)
    assert not missing, (missing, texts)
    for suffix in (".md", ".eml"):
        assert run("export", draft, "-o", folder / f"out{suffix}")[0] == 0


@SETTINGS
@given(submissions())
def test_fuzzed_drafts_validate_and_export_keeping_every_word(submission: Submission) -> None:
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "draft.json"
        draft.write_bytes(draft_bytes(submission))
        check_chain(draft, submission)


@SETTINGS
@given(submissions())
def test_fuzzed_text_forms_import_validate_and_export(submission: Submission) -> None:
    with tempfile.TemporaryDirectory() as folder:
        form, draft = Path(folder) / "form.md", Path(folder) / "draft.json"
        form.write_text(write_text_form(submission), encoding="utf-8")
        code, _, _ = run("import", form, "-o", draft)
        assert code == 0
        check_chain(draft, submission)


@SETTINGS
@given(fields(200))
def test_fuzzed_free_text_forms_never_break_the_chain(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        form, draft = Path(folder) / "form.md", Path(folder) / "draft.json"
        form.write_bytes(text.encode("utf-8", "surrogatepass"))
        code, _, _ = run("import", form, "-o", draft)
        if code == 0:
            run("validate", draft)
            assert run("export", draft, "-o", Path(folder) / "out.pdf")[0] in (0, 2)
