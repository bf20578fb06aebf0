"""The interface's language: our translation and Qt's own (standard buttons, file dialogs, context
menus), installed together, and the layout direction the translation asks for (Arabic: mirrored).

The .qm files are built from resources/translations/*.ts by `make`; when one is missing (an
installed wheel carries the .ts files only) it is built at run time with the lrelease tool that
ships in PySide6, into the user's cache folder. A language that cannot be loaded falls back to
English with one warning line.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication

from copeditor.resources import resource_path

SOURCE_LANGUAGE = "en"
# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh": "中文（简体）",
}
CATALOGUE = "copeditor"
# Fonts shipped for the PDF that the interface uses too, so that a machine without Chinese or
# Arabic fonts still draws those languages' menus with glyphs, not boxes.
_SHIPPED_FONTS = {"zh": "wqy-microhei.ttc", "ar": "DejaVuSans.ttf"}
_registered: set[str] = set()
# How numbers are written: Modern Standard Arabic with the digits UN documents use (1,594),
# not Egypt's Arabic-Indic ones (١٬٥٩٤), which plain "ar" would give.
_NUMBER_LOCALES = {"ar": "ar_001", "zh": "zh_CN"}
_log = logging.getLogger("copeditor")
_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]
_applied = [False]


def QT_TRANSLATE_NOOP(context: str, text: str, comment: str | None = None) -> str:  # noqa: N802
    """Marks `text` for pyside6-lupdate (context "context"), to be translated where it is
    shown; Qt's own has no useful type."""
    return text


def translations_dir() -> Path:
    return resource_path("translations")


def system_language() -> str:
    """The first of the system's preferred languages that the editor speaks; else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    return _current[0]


def ensure_language() -> None:
    """A window made without create_application (tests, tools) still gets the current
    language's catalogues, English plurals included."""
    if not _applied[0]:
        apply_language(current_language())


def _compiled(code: str, folder: Path) -> Path | None:
    """The .qm for `code`: beside its .ts, or built from it into the cache folder."""
    built = folder / f"{CATALOGUE}_{code}.qm"
    source = folder / f"{CATALOGUE}_{code}.ts"
    if built.is_file():
        return built
    if not source.is_file():
        return None
    location = QStandardPaths.StandardLocation.CacheLocation
    cache = Path(QStandardPaths.writableLocation(location)) / "translations"
    target = cache / f"{CATALOGUE}_{code}_{source.stat().st_mtime_ns}.qm"
    if target.is_file():
        return target
    import PySide6  # the lrelease tool ships inside the package

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    tool = Path(PySide6.__file__).parent / name
    try:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 (our own files, PySide6's own tool)
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return target if target.is_file() else None


def apply_language(code: str, folder: Path | None = None) -> str:
    """Show the interface in `code` from now on (every window retranslates on the
    LanguageChange event Qt sends); returns the language actually shown."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication comes first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        _log.warning("copeditor: unknown language %r; the editor is shown in English", code)
        code = SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        path = _compiled(code, folder or translations_dir())
        if path is None or not ours.load(str(path)):
            _log.warning(
                "copeditor: the %s translation (%s_%s.qm) is missing or unreadable; "
                "the editor is shown in English",
                LANGUAGES[code],
                CATALOGUE,
                code,
            )
            code = SOURCE_LANGUAGE
        else:
            qt_own = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale(code), "qtbase", "_", qt_folder):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
            app.installTranslator(ours)  # installed last, asked first
            _installed.append(ours)
    if code == SOURCE_LANGUAGE:  # English's own catalogue: plural forms only ("1 word")
        plurals = QTranslator(app)
        path = _compiled(code, folder or translations_dir())
        if path is not None and plurals.load(str(path)):
            app.installTranslator(plurals)
            _installed.append(plurals)
    _register_font(code)
    _current[0] = code
    _applied[0] = True
    QLocale.setDefault(QLocale(_NUMBER_LOCALES.get(code, code)))
    _apply_direction()
    return code


def _register_font(code: str) -> None:
    """Qt falls back to the shipped font for characters no system font has."""
    name = _SHIPPED_FONTS.get(code)
    if name is None or name in _registered:
        return
    _registered.add(name)
    if QFontDatabase.addApplicationFont(str(resource_path("fonts", name))) < 0:
        _log.warning("copeditor: the font %s could not be loaded", name)


def _apply_direction() -> None:
    """Right-to-left when the translation says so (the Arabic one does): Qt's own convention,
    with Qt's own wording of the entry, so that Qt finds it too."""
    direction = QCoreApplication.translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
        "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
    QGuiApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if direction == "RTL" else Qt.LayoutDirection.LeftToRight
    )
