"""`copeditor --self-test`: check that the installed program and its resources are whole and work.

Support staff ask a partner to run it; each check prints one line, and any failure makes the exit
status non-zero. Help > Diagnostics in the editor shows the same lines (`run_checks(window=False)`,
since the editor's own window already proves that one).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from copeditor import __version__
from copeditor.resources import resource_path, resources_dir, sample_path

EXIT_OK, EXIT_FAILED = 0, 1


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


Check = tuple[str, Callable[[], str]]  # a check's name, and what returns its detail or raises


WindowCheck = Callable[[], str]  # builds the window offscreen (copeditor.ui.window_check)


def run_checks(window_check: WindowCheck | None = None) -> list[CheckResult]:
    """Every check, in order (what Help > Diagnostics shows, without the window's)."""
    return list(iter_checks(window_check))


def iter_checks(window_check: WindowCheck | None = None) -> Iterator[CheckResult]:
    """Each check's result as soon as it is known; an exception is that check's failure. The
    window's check is passed in by the command line: this module stays below the window."""
    for name, check in _checks(window_check):
        try:
            detail = check()
        except Exception as error:  # the report must go on to the next check
            yield CheckResult(name, False, f"{type(error).__name__}: {error}")
        else:
            yield CheckResult(name, True, detail)


def installation() -> str:
    """The first line of the report: what is installed, on what."""
    frozen = ", bundle" if getattr(sys, "frozen", False) else ""
    return f"copeditor {__version__}, Python {sys.version.split()[0]}, {sys.platform}{frozen}"


def main(window_check: WindowCheck | None = None) -> int:
    print(installation())
    failed = passed = 0
    # Printed one by one: a crash still leaves the lines before it.
    for result in iter_checks(window_check):
        print(result.line(), flush=True)
        passed, failed = passed + result.ok, failed + (not result.ok)
    print(f"{passed} passed, {failed} failed")
    return EXIT_FAILED if failed else EXIT_OK


def _checks(window_check: WindowCheck | None) -> Iterator[Check]:
    yield "resources", check_resources
    yield from _listed("fonts", _font_checks)
    yield "PDF of the sample", check_sample_pdf
    yield from _listed("dictionaries", _dictionary_checks)
    yield from _listed("translations", _translation_checks)
    yield "Qt translations", check_qt_translations
    yield "Qt platform plugins", check_platform_plugins
    yield "modules", check_modules
    if window_check is not None:
        yield "window (offscreen)", window_check


def _listed(group: str, make: Callable[[], list[Check]]) -> list[Check]:
    """The checks `make` lists; when even listing them fails (no resources), one failed check."""
    try:
        return make()
    except Exception as error:
        reason = error

        def failed() -> str:
            raise reason

        return [(group, failed)]


def _font_checks() -> list[Check]:
    from copeditor.formats.pdf.styles import FALLBACK_FONTS, FONT_FILES

    fonts = {file: 0 for file in FONT_FILES.values()}
    fonts.update(FALLBACK_FONTS.values())
    return [(f"font {name}", partial(check_font, name, index)) for name, index in fonts.items()]


def _dictionary_checks() -> list[Check]:
    return [(f"dictionary {d.stem}", partial(check_dictionary, d)) for d in dictionary_files()]


def _translation_checks() -> list[Check]:
    return [(f"translation {t.name}", partial(check_translation, t)) for t in translation_files()]


def check_resources() -> str:
    from copeditor.model import form_template

    template = form_template()
    return f"{resources_dir()}: template with {len(template.areas)} areas"


def check_font(file_name: str, index: int) -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(f"selftest-{file_name}-{index}", str(resource_path("fonts", file_name)), index)
    glyphs = len(font.face.charToGlyph)
    if glyphs < 100:
        raise ValueError(f"only {glyphs} characters")
    return f"{glyphs} characters"


def check_sample_pdf() -> str:
    import io

    from pypdf import PdfReader

    from copeditor.formats.pdf import pdf_bytes
    from copeditor.formats.textform import read_text_form

    submission = read_text_form(sample_path().read_text(encoding="utf-8")).submission
    data = pdf_bytes(submission)
    reader = PdfReader(io.BytesIO(data))
    first_page = " ".join(reader.pages[0].extract_text().split())
    if submission.organisation not in first_page:
        raise ValueError(f"{submission.organisation!r} not found on page 1 of the PDF")
    return f"{len(reader.pages)} pages, {len(data) // 1024} KiB, read back"


def dictionary_files() -> list[Path]:
    return sorted(resource_path("dictionaries").rglob("*.dic"))


def check_dictionary(dic: Path) -> str:
    aff = dic.with_suffix(".aff")
    if not aff.is_file():
        raise FileNotFoundError(f"{aff.name} is missing")
    try:
        from hunspell import Hunspell
    except ImportError as error:
        message = f"dictionaries are shipped but the spell checker is not: {error}"
        raise RuntimeError(message) from None
    from copeditor.spelling.dictionaries import CANARY_WORDS

    speller = Hunspell(dic.stem, hunspell_data_dir=str(dic.parent))
    canary = CANARY_WORDS.get(dic.stem)  # the shipped ones: a word with affixes, known to be in
    words = [canary] if canary else _first_words(dic, aff, 50)
    known = [word for word in words if speller.spell(word)]
    if not known:
        raise ValueError(f"knows none of its first {len(words)} words")
    return f"loaded, knows {known[0]!r}"


def _first_words(dic: Path, aff: Path, count: int) -> list[str]:
    encoding = "utf-8"
    for line in aff.read_bytes().decode("latin-1").splitlines():
        if line.startswith("SET "):
            encoding = line.split()[1]
            break
    lines = dic.read_bytes().decode(encoding, "replace").splitlines()[1 : count + 1]
    words = []
    for line in lines:
        fields = line.split("/")[0].split()  # a word, then its affix flags after a slash
        if fields and fields[0].isalpha():  # en_US starts with numerals: show a word
            words.append(fields[0])
    return words


def translation_files() -> list[Path]:
    return sorted(resource_path("translations").glob("*.qm"))


def check_translation(path: Path) -> str:
    from copeditor.qm_files import read_qm

    summary = read_qm(path)
    if not summary.message_bytes:
        raise ValueError("holds no translated messages")
    return f"{summary.message_bytes} bytes of messages"


def qt_folder() -> Path:
    """PySide6's Qt folder (plugins, translations), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("PySide6 is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    # Linux and macOS wheels keep Qt in PySide6/Qt; Windows wheels put it in PySide6 itself.
    return package / "Qt" if (package / "Qt").is_dir() else package


def check_qt_translations() -> str:
    from copeditor.qm_files import read_qm

    files = sorted((qt_folder() / "translations").glob("qtbase_*.qm"))
    if not files:
        raise FileNotFoundError(f"no qtbase_*.qm in {qt_folder() / 'translations'}")
    for path in files:
        read_qm(path)
    return f"{len(files)} qtbase_*.qm files"


# What each system needs to show a window (and offscreen, for this check and for tests).
PLATFORM_PLUGINS = {
    "linux": ("libqoffscreen.so", "libqxcb.so", "libqwayland.so"),
    "win32": ("qoffscreen.dll", "qwindows.dll"),
    "darwin": ("libqoffscreen.dylib", "libqcocoa.dylib"),
}


def check_platform_plugins() -> str:
    folder = qt_folder() / "plugins" / "platforms"
    wanted = PLATFORM_PLUGINS.get(sys.platform, ())
    missing = [name for name in wanted if not (folder / name).is_file()]
    if missing:
        present = sorted(path.name for path in folder.glob("*")) if folder.is_dir() else []
        raise FileNotFoundError(f"missing {', '.join(missing)} (present: {present})")
    return ", ".join(wanted)


def check_modules() -> str:
    """Every module of ours imports: a bundle missing a lazily imported library fails here."""
    import importlib
    import pkgutil

    import copeditor

    names = [
        module.name
        for module in pkgutil.walk_packages(copeditor.__path__, "copeditor.")
        if not module.name.endswith("__main__")  # importing it would run the program
    ]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # report them all, not just the first
            failed.append(f"{name} ({type(error).__name__}: {error})")
    if failed:
        raise ImportError("; ".join(failed))
    return f"{len(names)} modules of copeditor import"
