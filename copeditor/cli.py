"""The command line: import, export, validate, schema; with no command (or a file) the editor."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from copeditor import __version__

if TYPE_CHECKING:
    from copeditor.model import Submission

PROG = "copeditor"
EXIT_OK, EXIT_INCOMPLETE, EXIT_ERROR = 0, 1, 2


class CommandError(Exception):
    """A failure to report as one line on stderr, with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line like every other error."""

    def error(self, message: str) -> NoReturn:
        print(f"{PROG}: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return _run_command(args)
    if args and args[0] in ("-h", "--help"):
        _command_parser().print_help()
        return EXIT_OK
    if args and args[0] == "--version":
        print(f"{PROG} {__version__}")
        return EXIT_OK
    if args and args[0] == "--self-test":
        from copeditor.selftest import main as self_test

        return self_test(window_check=_window_check)
    return main_gui(args)


def _window_check() -> str:
    """The self-test's last check. Qt is imported only now, after the headless layers."""
    from copeditor.ui.window_check import check_window

    return check_window()


def main_gui(argv: Sequence[str] | None = None) -> int:
    """Start the editor, opening FILE when given. Qt is imported only here."""
    args = list(sys.argv[1:] if argv is None else argv)
    parser = _Parser(prog=PROG, description="Open the editor.")
    parser.add_argument("file", nargs="?", type=Path, help="a draft (.json) or text form (.md)")
    parser.add_argument(
        "--language",
        metavar="CODE",
        choices=("en", "fr", "es", "ar", "ru", "zh"),
        help="the interface language (en, fr, es, ar, ru, zh); "
        "default: the one chosen in the editor, else the system's",
    )
    options = parser.parse_args(args)
    # The headless layers first: once Qt is imported, its import hook inspects the source of
    # every module imported after it, which costs start-up time (see benchmarks/README.md).
    import copeditor.storage.recovery  # noqa: F401

    try:
        from copeditor.ui.app import run_editor
    except ImportError as error:  # Qt or one of the system libraries it loads is missing
        print(f"{PROG}: the editor cannot start: {error}", file=sys.stderr)
        return EXIT_ERROR
    return run_editor(options.file, options.language)


def _run_command(args: list[str]) -> int:
    options = _command_parser().parse_args(args)
    try:
        return int(options.handler(options))
    except CommandError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # a bug: still one line for the user, never a traceback
        print(f"{PROG}: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_ERROR


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Write and export a COP Partners' Ongoing Project Summary. "
        f"Without a command, `{PROG} [FILE]` opens the editor; "
        f"`{PROG} --self-test` checks the installation.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    importing = commands.add_parser(
        "import",
        help="read a text form (.md), a Word document (.docx) or a PDF exported by the editor "
        "into a draft (.json)",
    )
    importing.add_argument("source", type=Path, metavar="IN.md|IN.docx|IN.pdf")
    importing.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.json")
    importing.set_defaults(handler=_import)

    exporting = commands.add_parser(
        "export",
        help="write a draft as a PDF (.pdf), text form (.md), Word document (.docx) or email draft "
        "with the PDF (.eml), by the output's extension",
    )
    exporting.add_argument("source", type=Path, metavar="IN.json")
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    exporting.add_argument(
        "--omit-empty-areas", action="store_true", help="leave out unanswered areas (PDF, Word)"
    )
    exporting.add_argument(
        "--page-size", choices=("a4", "letter"), default="a4", help="PDF: paper size (default a4)"
    )
    exporting.add_argument(
        "--to", default="", metavar="ADDRESS", help="email draft (.eml): the recipient"
    )
    exporting.add_argument(
        "--no-embed",
        action="store_true",
        help="PDF: leave out the editable draft that the PDF otherwise carries inside",
    )
    exporting.set_defaults(handler=_export)

    validating = commands.add_parser(
        "validate", help="check a draft is complete (exit 0), list its problems (exit 1)"
    )
    validating.add_argument("source", type=Path, metavar="IN.json")
    validating.add_argument(
        "--spelling", action="store_true", help="also list unknown words, with suggestions"
    )
    validating.add_argument(
        "--language",
        metavar="L",
        help="check spelling in language L (en-GB, fr, es, ru, ar...) instead of the draft's; "
        "implies --spelling",
    )
    validating.set_defaults(handler=_validate)

    from copeditor.compile_command import add_compile_command

    add_compile_command(commands)

    schema = commands.add_parser("schema", help="print the draft format's JSON Schema")
    schema.set_defaults(handler=_schema)
    return parser


def _import(options: argparse.Namespace) -> int:
    from copeditor.inputs import InputError
    from copeditor.inputs.importing import IMPORTERS, import_text_form
    from copeditor.storage import draft_bytes

    # Any other suffix is read as a text form (its own errors say what is wrong).
    importer = IMPORTERS.get(options.source.suffix.lower(), import_text_form)
    try:
        imported = importer(options.source)
    except InputError as error:
        raise CommandError(str(error)) from None
    for note in imported.notes:
        print(f"{PROG}: {options.source.name}: {note}", file=sys.stderr)
    _write_output(options.output, draft_bytes(imported.submission))
    return EXIT_OK


def _export(options: argparse.Namespace) -> int:
    submission = _load(options.source)
    writer = _EXPORTERS.get(options.output.suffix.lower())
    if writer is None:
        known = ", ".join(sorted(_EXPORTERS))
        raise CommandError(f"cannot export to '{options.output.suffix}' files (known: {known})")
    try:
        data = writer(submission, options)
    except ValueError as error:  # e.g. characters no shipped font can draw
        raise CommandError(f"{options.source.name}: cannot export: {error}") from None
    _write_output(options.output, data)
    return EXIT_OK


def _validate(options: argparse.Namespace) -> int:
    from copeditor.model import find_problems

    submission = _load(options.source)
    problems = find_problems(submission)
    for problem in problems:
        print(problem)
    unknown_words = 0
    if options.spelling or options.language:
        unknown_words = _print_spelling(submission, options.language)
    return EXIT_INCOMPLETE if problems or unknown_words else EXIT_OK


def _print_spelling(submission: Submission, language: str | None) -> int:
    from copeditor.model.language import normalise_language_tag
    from copeditor.spelling import DictionaryError
    from copeditor.spelling.report import spelling_report

    try:
        tag = normalise_language_tag(language) if language else None
        count = 0
        for line in spelling_report(submission, tag):
            print(line)
            count += 1
    except (ValueError, DictionaryError) as error:
        raise CommandError(f"spelling cannot be checked: {error}") from None
    return count


def _schema(options: argparse.Namespace) -> int:
    from copeditor.model import Submission

    print(json.dumps(Submission.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _text_form_bytes(submission: Submission, options: argparse.Namespace) -> bytes:
    from copeditor.formats.textform import write_text_form

    return write_text_form(submission).encode("utf-8")


def _pdf_bytes(submission: Submission, options: argparse.Namespace) -> bytes:
    from copeditor.formats.pdf import PdfOptions, pdf_bytes

    pdf_options = PdfOptions(
        page_size=options.page_size,
        omit_empty_areas=options.omit_empty_areas,
        embed_draft=not options.no_embed,
    )
    return pdf_bytes(submission, pdf_options)


def _word_bytes(submission: Submission, options: argparse.Namespace) -> bytes:
    from copeditor.formats.docx import WordOptions, word_bytes

    return word_bytes(submission, WordOptions(omit_empty_areas=options.omit_empty_areas))


def _email_bytes(submission: Submission, options: argparse.Namespace) -> bytes:
    from datetime import date

    from copeditor.formats.email_draft import email_draft, pdf_file_name

    name = pdf_file_name(submission, date.today())
    return email_draft(submission, _pdf_bytes(submission, options), name, options.to)


# The output's extension picks the format; each entry imports its libraries only when used.
_EXPORTERS: dict[str, Callable[[Submission, argparse.Namespace], bytes]] = {
    ".md": _text_form_bytes,
    ".pdf": _pdf_bytes,
    ".eml": _email_bytes,
    ".docx": _word_bytes,
}


def _load(path: Path) -> Submission:
    from copeditor.storage import DraftError, load_draft

    try:
        return load_draft(path)
    except DraftError as error:
        raise CommandError(str(error)) from None


def _write_output(path: Path, data: bytes) -> None:
    from copeditor.atomicfile import write_atomic

    try:
        write_atomic(path, data)
    except OSError as error:
        raise CommandError(f"{path.name}: cannot be written: {error.strerror or error}") from None


COMMANDS = ("import", "export", "validate", "compile", "schema")
