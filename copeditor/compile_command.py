"""The command line's `compile` command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from copeditor.cli import EXIT_INCOMPLETE, EXIT_OK, PROG, CommandError


def add_compile_command(commands: Any) -> None:
    compiling = commands.add_parser(
        "compile",
        help="compile many submissions (drafts, PDFs, text forms, emails, or folders of them) "
        "into one report (.pdf)",
    )
    compiling.add_argument(
        "inputs",
        type=Path,
        nargs="+",
        metavar="INPUT",
        help="a draft (.json), a PDF exported by the editor, a text form (.md), an email with "
        "such a PDF attached (.eml), or a folder searched for them",
    )
    compiling.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT.pdf")
    compiling.add_argument(
        "--by",
        choices=("partner", "area"),
        default="partner",
        help="one section per partner (default) or per action area",
    )
    compiling.add_argument(
        "--csv", type=Path, metavar="OVERVIEW.csv", help="also write one row per programme"
    )
    compiling.add_argument("--title", help="the report's title, on its cover")
    compiling.add_argument(
        "--keep-all",
        action="store_true",
        help="keep every submission of an organisation, not only the newest",
    )
    compiling.add_argument(
        "--page-size", choices=("a4", "letter"), default="a4", help="paper size (default a4)"
    )
    compiling.set_defaults(handler=run_compile)


def run_compile(options: argparse.Namespace) -> int:
    from copeditor.compile import (
        DEFAULT_TITLE,
        CompileOptions,
        NothingToCompileError,
        ReportWriteError,
        compile_report,
        write_report,
    )
    from copeditor.inputs import find_inputs

    written = {path.resolve() for path in (options.output, options.csv) if path is not None}
    # A report written into an input folder is not read back as an input the next time.
    paths = [path for path in find_inputs(options.inputs) if path.resolve() not in written]
    compile_options = CompileOptions(
        by=options.by,
        title=options.title if options.title and options.title.strip() else DEFAULT_TITLE,
        keep_all=options.keep_all,
        page_size=options.page_size,
    )
    bar = ProgressBar() if sys.stderr.isatty() else None
    try:
        result = compile_report(paths, compile_options, progress=bar)
    except NothingToCompileError as error:
        for skipped in error.skipped:
            print(f"{PROG}: {skipped}", file=sys.stderr)
        raise CommandError(str(error)) from None
    finally:
        if bar is not None:
            bar.close()
    for line in [*map(str, result.skipped), *map(str, result.left_out)]:
        print(f"{PROG}: {line}", file=sys.stderr)
    try:
        write_report(result, options.output, options.csv)
    except ReportWriteError as error:
        raise CommandError(str(error)) from None
    partners = len(result.entries)
    print(
        f"{options.output.name}: {partners} submission{'s' if partners != 1 else ''}, "
        f"{result.pages} pages"
    )
    if result.skipped:
        count = len(result.skipped)
        print(f"{PROG}: {count} file{'s' if count != 1 else ''} skipped", file=sys.stderr)
        return EXIT_INCOMPLETE
    return EXIT_OK


class ProgressBar:
    """A tqdm bar on stderr per stage of the compile (used only when stderr is a terminal)."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._stage = ""

    def __call__(self, progress: Any) -> None:
        from tqdm import tqdm

        if progress.stage != self._stage:
            self.close()
            self._stage = progress.stage
            self._bar = tqdm(total=progress.total, desc=progress.stage, file=sys.stderr)
        self._bar.update(progress.done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
