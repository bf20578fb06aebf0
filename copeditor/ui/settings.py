"""The editor's settings (window geometry, last folder, recent files, export options)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, QStandardPaths

ORGANISATION = "ITU COP"
APPLICATION = "COP Submission Editor"


def app_settings() -> QSettings:
    # INI everywhere: the same file format on every system, and tests can redirect it with
    # QSettings.setPath (the native registry/plist formats cannot be redirected).
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def read_text(key: str, default: str = "") -> str:
    """A string setting; anything else in the file (edited by hand, damaged) reads as the
    default."""
    value = app_settings().value(key, default, type=str)
    return value if isinstance(value, str) else default


def read_flag(key: str, default: bool = False) -> bool:
    value = app_settings().value(key, default, type=bool)
    return value if isinstance(value, bool) else default


FIRST_WINDOW_SIZE = QSize(1100, 780)


def first_window_size(available: QSize) -> QSize:
    """The window's size before any was saved: roomy, but within the screen, also with large
    scaling (QT_SCALE_FACTOR=2 leaves a 1920x1080 screen 960x540 of room)."""
    return FIRST_WINDOW_SIZE.boundedTo(
        QSize(available.width() * 9 // 10, available.height() * 9 // 10)
    )


def read_bytes(key: str) -> QByteArray:
    value = app_settings().value(key, QByteArray(), type=QByteArray)
    return value if isinstance(value, QByteArray) else QByteArray()


def private_folder() -> Path:
    """Recovery files and locks: the user's application data, never beside the drafts."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "recovery"


def spelling_folder() -> Path:
    """The personal word list (Add to Dictionary), beside the recovery files."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "spelling"


def last_folder() -> Path:
    value = read_text("files/last_folder")
    folder = Path(value) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    app_settings().setValue("files/last_folder", str(path.parent))


def omit_empty_areas() -> bool:
    return read_flag("export/omit_empty_areas")


def set_omit_empty_areas(value: bool) -> None:
    app_settings().setValue("export/omit_empty_areas", value)


def page_size() -> str:
    value = read_text("export/page_size", "a4")
    return value if value in ("a4", "letter") else "a4"


def set_page_size(value: str) -> None:
    app_settings().setValue("export/page_size", value)


# The COP secretariat's address, used until the user chooses another (or clears it).
DEFAULT_EMAIL_RECIPIENT = "cop@itu.int"


def embed_draft() -> bool:
    """Exported PDFs carry their draft (File > Import can read it back), unless turned off."""
    return read_flag("export/embed_draft", True)


def set_embed_draft(value: bool) -> None:
    app_settings().setValue("export/embed_draft", value)


def open_after_export() -> bool:
    return read_flag("export/open_after_export")


def set_open_after_export(value: bool) -> None:
    app_settings().setValue("export/open_after_export", value)


def zoom_percent() -> int:
    value = app_settings().value("view/zoom_percent", 100, type=int)
    return value if isinstance(value, int) else 100


def set_zoom_percent(value: int) -> None:
    app_settings().setValue("view/zoom_percent", value)


def email_recipient() -> str:
    return read_text("email/recipient", DEFAULT_EMAIL_RECIPIENT)


def email_folder() -> Path | None:
    value = read_text("email/folder")
    return Path(value) if value and Path(value).is_dir() else None


def email_prefers_folder() -> bool:
    return read_flag("email/show_folder")


def set_email_settings(recipient: str, folder: Path, prefers_folder: bool) -> None:
    store = app_settings()
    store.setValue("email/recipient", recipient.strip())
    store.setValue("email/folder", str(folder))
    store.setValue("email/show_folder", prefers_folder)


def language() -> str:
    """The interface language chosen under View > Language; "" follows the system."""
    return read_text("interface/language")


def set_language(code: str) -> None:
    app_settings().setValue("interface/language", code)
