"""The editor's settings (window geometry, last folder, recent files, export options)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "ITU COP"
APPLICATION = "COP Submission Editor"


def app_settings() -> QSettings:
    # INI everywhere: the same file format on every system, and tests can redirect it with
    # QSettings.setPath (the native registry/plist formats cannot be redirected).
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def private_folder() -> Path:
    """Recovery files and locks: the user's application data, never beside the drafts."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location)) / "recovery"


def last_folder() -> Path:
    value = app_settings().value("files/last_folder", "", type=str)
    folder = Path(value) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    app_settings().setValue("files/last_folder", str(path.parent))


def omit_empty_areas() -> bool:
    return bool(app_settings().value("export/omit_empty_areas", False, type=bool))


def set_omit_empty_areas(value: bool) -> None:
    app_settings().setValue("export/omit_empty_areas", value)


def page_size() -> str:
    value = app_settings().value("export/page_size", "a4", type=str)
    return value if value in ("a4", "letter") else "a4"


def set_page_size(value: str) -> None:
    app_settings().setValue("export/page_size", value)


def email_recipient() -> str:
    return str(app_settings().value("email/recipient", "", type=str))


def email_folder() -> Path | None:
    value = app_settings().value("email/folder", "", type=str)
    return Path(value) if value and Path(value).is_dir() else None


def email_prefers_folder() -> bool:
    return bool(app_settings().value("email/show_folder", False, type=bool))


def set_email_settings(recipient: str, folder: Path, prefers_folder: bool) -> None:
    store = app_settings()
    store.setValue("email/recipient", recipient.strip())
    store.setValue("email/folder", str(folder))
    store.setValue("email/show_folder", prefers_folder)
