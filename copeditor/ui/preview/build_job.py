"""One preview build, as the separate build process runs it: no Qt here, only the model and the
exporter, so the process starts without loading Qt.

A build returns the PDF, or the problems that stop it (each with the field to fix where there
is one), and the outline targets: which area or programme each PDF bookmark stands for, in the
order the builder writes them.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from copeditor.model import Submission
from copeditor.ui.document.field_path import PROGRAMME_FIELDS, FieldPath
from copeditor.ui.files.pdf_export import PdfNotMade, make_pdf

if TYPE_CHECKING:
    from copeditor.formats.pdf import PdfOptions


@dataclass(frozen=True)
class BuildRequest:
    generation: int  # counts up with every snapshot: a result for an older one is stale
    submission_json: str  # taken on the UI thread, so the build never reads a model being edited
    options: PdfOptions


@dataclass(frozen=True)
class PreviewProblem:
    message: str
    path: FieldPath | None = None  # the field to fix, where one field is the cause


@dataclass(frozen=True)
class BuildResult:
    generation: int
    pdf: bytes | None  # None when the problems stop the build
    problems: list[PreviewProblem] = field(default_factory=list)
    targets: list[FieldPath] = field(default_factory=list)  # one per PDF bookmark, in order
    seconds: float = 0.0


def build(request: BuildRequest) -> BuildResult:
    started = time.perf_counter()
    try:
        submission = Submission.model_validate_json(request.submission_json)
        pdf = make_pdf(submission, request.options)
    except PdfNotMade as error:
        problems = undrawable_problems(submission) or [PreviewProblem(str(error))]
        return BuildResult(request.generation, None, problems)
    except Exception as error:  # noqa: BLE001 - a draft that cannot be laid out is shown, not raised
        traceback.print_exc()
        message = f"The PDF cannot be laid out: {type(error).__name__}: {error}"
        return BuildResult(request.generation, None, [PreviewProblem(message)])
    targets = outline_targets(submission, request.options)
    return BuildResult(request.generation, pdf, [], targets, seconds=time.perf_counter() - started)


def outline_targets(submission: Submission, options: PdfOptions) -> list[FieldPath]:
    """What each bookmark of the PDF stands for, in the builder's order (formats/pdf/builder.py):
    an area heading (its first programme's name), then each programme that is not blank."""
    targets = []
    for area_index, area in enumerate(submission.areas):
        if options.omit_empty_areas and not area.is_answered():
            continue
        targets.append(FieldPath("name", area_index, 0))
        for programme_index, programme in enumerate(area.programmes):
            if not programme.is_blank():
                targets.append(FieldPath("name", area_index, programme_index))
    return targets


def undrawable_problems(submission: Submission) -> list[PreviewProblem]:
    """Characters no shipped font can draw, one problem per field, with that field."""
    from copeditor.formats.pdf.fonts import undrawable

    fields = [(FieldPath.organisation(), submission.organisation, "the organisation name")]
    for area_index, area in enumerate(submission.areas):
        for programme_index, programme in enumerate(area.programmes):
            for name in PROGRAMME_FIELDS:
                where = (
                    f"Area {area_index + 1}, programme {programme_index + 1}, "
                    f"{name.replace('_', ' ')}"
                )
                path = FieldPath(name, area_index, programme_index)
                fields.append((path, getattr(programme, name), where))
    problems = []
    for path, text, where in fields:
        characters = undrawable(text)
        if characters:
            shown = " ".join(f"{c} (U+{ord(c):04X})" for c in characters[:5])
            more = f" and {len(characters) - 5} more" if len(characters) > 5 else ""
            problems.append(PreviewProblem(f"No font can draw {shown}{more} in {where}.", path))
    return problems


def serve(connection: object) -> None:
    """The build process's loop: a request in, a result out, until the pipe closes."""
    from multiprocessing.connection import Connection

    assert isinstance(connection, Connection)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(build(request))
