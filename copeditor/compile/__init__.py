"""The secretariat's compiled report: many partners' submissions in one PDF, and a CSV overview.

Above storage, formats and inputs (it reads any input and reuses the PDF export's flowables);
below the editor and the command line.
"""

from copeditor.compile.build import compile_report
from copeditor.compile.options import (
    DEFAULT_TITLE,
    GROUPINGS,
    CompileCancelled,
    CompileOptions,
    CompileResult,
    Entry,
    LeftOut,
    NothingToCompileError,
    Progress,
    Skipped,
)
from copeditor.compile.output import ReportWriteError, write_report
from copeditor.compile.overview import overview_csv

__all__ = [
    "DEFAULT_TITLE",
    "GROUPINGS",
    "CompileCancelled",
    "CompileOptions",
    "CompileResult",
    "Entry",
    "LeftOut",
    "NothingToCompileError",
    "Progress",
    "ReportWriteError",
    "Skipped",
    "compile_report",
    "overview_csv",
    "write_report",
]
