"""Writing a compiled report (and its CSV overview) to disk, atomically."""

from __future__ import annotations

from pathlib import Path

from copeditor.atomicfile import write_atomic
from copeditor.compile.options import CompileResult
from copeditor.compile.overview import overview_csv


class ReportWriteError(Exception):
    """A report file could not be written; str() is one line. Files already there are intact."""


def write_report(result: CompileResult, report: Path, overview: Path | None = None) -> None:
    """The PDF at `report`, and the CSV at `overview` when given; each replaced atomically."""
    files = [(report, result.pdf)]
    if overview is not None:
        files.append((overview, overview_csv(result.entries)))
    for path, data in files:
        try:
            write_atomic(path, data)
        except OSError as error:
            reason = error.strerror or str(error)
            raise ReportWriteError(f"{path.name}: cannot be written: {reason}") from None
