"""Compile many submissions into one report: read, keep one per organisation, sort, lay out."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.platypus import Flowable

from copeditor import __version__
from copeditor.compile.collect import (
    display_name,
    one_per_organisation,
    read_entry,
    report_order,
)
from copeditor.compile.cover import contents_flowables, cover_flowables
from copeditor.compile.lazy_story import LazyStory
from copeditor.compile.options import (
    GROUPINGS,
    CancelCheck,
    CompileCancelled,
    CompileOptions,
    CompileResult,
    Entry,
    LeftOut,
    NothingToCompileError,
    Progress,
    ProgressCallback,
    Skipped,
)
from copeditor.compile.parallel import Workers
from copeditor.compile.report_canvas import ReportCanvas, ReportDocTemplate
from copeditor.compile.report_styles import report_styles
from copeditor.compile.sections import Unit, area_title, laid_out_unit
from copeditor.formats.pdf.fonts import register_fonts
from copeditor.formats.pdf.styles import PAGE_SIZES
from copeditor.inputs import find_inputs
from copeditor.model import form_template


def compile_report(
    inputs: Sequence[Path],
    options: CompileOptions | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> CompileResult:
    """The report of every submission in `inputs` (files, or folders searched for drafts, PDFs,
    text forms and emails). Safe to call from a worker thread: it touches no UI and checks
    `cancelled()` between submissions (then raises CompileCancelled). Bad inputs are skipped
    and listed in the result; NothingToCompileError when none is readable."""
    options = options or CompileOptions()
    if options.by not in GROUPINGS:
        raise ValueError(f"unknown grouping {options.by!r}: use one of {list(GROUPINGS)}")
    if options.page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {options.page_size!r}")
    report = _Run(progress, cancelled)
    paths = find_inputs(inputs)
    with Workers(options.workers, len(paths)) as workers:
        read = report.track("reading", workers.map(read_entry, paths), len(paths))
        entries = [item for item in read if isinstance(item, Entry)]
        skipped = [item for item in read if isinstance(item, Skipped)]
        if not entries:
            raise NothingToCompileError(_nothing_readable(len(skipped)), skipped)
        left_out: list[LeftOut] = []
        if not options.keep_all:
            entries, left_out = one_per_organisation(entries)
        entries = report_order(entries)
        units = _units(entries, options.by)
        pdf, pages = _lay_out(entries, units, options, workers, report)
    return CompileResult(pdf, entries, skipped, left_out, pages)


def _nothing_readable(skipped: int) -> str:
    if not skipped:
        return "no submission to compile: no drafts, PDFs, text forms or emails were found"
    return f"no submission could be read ({skipped} file{'s' if skipped != 1 else ''} skipped)"


class _Run:
    """Progress reports and the cancel hook of one compile."""

    def __init__(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self._progress, self._cancelled = progress, cancelled

    def step(self, stage: str, done: int, total: int) -> None:
        if self._cancelled is not None and self._cancelled():
            raise CompileCancelled("the compile was cancelled")
        if self._progress is not None:
            self._progress(Progress(stage, done, total))

    def track(self, stage: str, items: Iterator[object], total: int) -> list[object]:
        results = []
        self.step(stage, 0, total)
        for done, item in enumerate(items, 1):
            results.append(item)
            self.step(stage, done, total)
        return results


def _units(entries: list[Entry], by: str) -> list[Unit]:
    if by == "partner":
        return [
            Unit("partner", f"s{number}", display_name(entry), submission=entry.submission)
            for number, entry in enumerate(entries)
        ]
    units = []
    for area_index in range(len(form_template().areas)):
        answered = [
            (number, entry)
            for number, entry in enumerate(entries)
            if entry.submission.areas[area_index].is_answered()
        ]
        key = f"a{area_index + 1}"
        units.append(Unit("area", key, area_title(area_index), area_index, empty_area=not answered))
        units += [
            Unit(
                "partner-in-area",
                f"{key}-s{number}",
                display_name(entry),
                area_index,
                entry.submission,
            )
            for number, entry in answered
        ]
    return units


def _lay_out(
    entries: list[Entry],
    units: list[Unit],
    options: CompileOptions,
    workers: Workers,
    report: _Run,
) -> tuple[bytes, int]:
    register_fonts()
    styles = report_styles()
    day = options.day or _today()
    buffer = io.BytesIO()
    document = ReportDocTemplate(
        buffer,
        page_size=PAGE_SIZES[options.page_size],
        date=datetime(day.year, day.month, day.day, tzinfo=UTC),
        title=" ".join(options.title.split()),
        author="",
        subject="Child Online Protection (COP) initiative: partners' ongoing project summaries",
        creator=f"copeditor {__version__}",
    )
    front = cover_flowables(options.title, day, entries, styles) + contents_flowables(units, styles)

    def parts() -> Iterator[list[Flowable]]:
        yield front
        width = document.pageTemplates[0].frames[0]._aW  # what the frame offers each flowable
        laid_out = workers.ordered(laid_out_unit, ((unit, width) for unit in units))
        for done, flowables in enumerate(laid_out, 1):
            report.step("laying out", done, len(units))
            yield flowables

    document.build(LazyStory(parts()), canvasmaker=ReportCanvas)
    report.step("writing", 1, 1)
    return buffer.getvalue(), document.canv.pages


def _today() -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).date()
    return date.today()
