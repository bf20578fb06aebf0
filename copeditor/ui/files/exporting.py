"""File > Export PDF, Export as Word Document, Export Text Form: the open document written to a
file the user names, atomically; part of FileOperations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from copeditor.atomicfile import write_atomic
from copeditor.ui import dialogs, settings, system_open
from copeditor.ui.document.document import Document
from copeditor.ui.files.pdf_export import PdfNotMade, make_pdf

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ExportMixin:
    """The exports of FileOperations, which provides these:"""

    window: QWidget
    document: Document
    status_message: Any  # Signal(str)
    open_after_export_changed: Any  # Signal(bool)

    def suggested_stem(self) -> str:
        raise NotImplementedError

    def export_pdf(self) -> Path | None:
        self.document.flush_edits()
        submission = self.document.submission
        if not submission.organisation.strip() and not dialogs.confirm(
            self.window,
            translate("FileOperations", "Export PDF"),
            translate(
                "FileOperations",
                "The partner organisation is not named yet: the PDF will have no organisation.",
            ),
            translate("FileOperations", "Export Anyway"),
        ):
            return None
        path = self._export(
            translate("FileOperations", "Export PDF"),
            ".pdf",
            dialogs.PDF_FILTER,
            lambda: make_pdf(submission),
        )
        if path is not None:
            self._after_pdf_export(path)
        return path

    def _after_pdf_export(self, path: Path) -> None:
        """Say where the PDF went; open it (remembered choice) or offer to."""
        self.status_message.emit(translate("FileOperations", "PDF saved: {path}").format(path=path))
        if settings.open_after_export():
            choice = dialogs.AfterExport.OPEN
        else:
            choice, always = dialogs.offer_exported_pdf(self.window, path)
            if always:
                settings.set_open_after_export(True)
                self.open_after_export_changed.emit(True)
        opened = True
        if choice is dialogs.AfterExport.OPEN:
            opened = system_open.open_own_file(path)
        elif choice is dialogs.AfterExport.SHOW_FOLDER:
            opened = system_open.show_in_folder(path)
        if not opened:
            self.status_message.emit(
                translate(
                    "FileOperations",
                    "PDF saved: {path} (it could not be opened: find it in {folder})",
                ).format(path=path, folder=path.parent)
            )

    def export_word(self) -> Path | None:
        from copeditor.formats.docx import WordOptions, word_bytes

        submission = self.document.submission
        options = WordOptions(omit_empty_areas=settings.omit_empty_areas())
        return self._export(
            translate("FileOperations", "Export as Word Document"),
            ".docx",
            dialogs.WORD_FILTER,
            lambda: word_bytes(submission, options),
        )

    def export_text_form(self) -> Path | None:
        from copeditor.formats.textform import write_text_form

        submission = self.document.submission
        return self._export(
            translate("FileOperations", "Export Text Form"),
            ".md",
            dialogs.TEXT_FORM_FILTER,
            lambda: write_text_form(submission).encode("utf-8"),
        )

    def _export(
        self, title: str, suffix: str, filters: str, render: Callable[[], bytes]
    ) -> Path | None:
        self.document.flush_edits()
        folder = self.document.path.parent if self.document.path else settings.last_folder()
        suggested = folder / f"{self.suggested_stem()}{suffix}"
        path = dialogs.save_path(self.window, title, suggested, filters, suffix)
        if path is None:
            return None
        try:
            data = render()
        except PdfNotMade as error:
            dialogs.show_error(self.window, title, str(error))
            return None
        try:
            write_atomic(path, data)
        except OSError as error:
            dialogs.show_error(
                self.window,
                title,
                translate("FileOperations", "{name}: could not be written: {reason}").format(
                    name=path.name, reason=error.strerror or error
                ),
            )
            return None
        settings.remember_folder(path)
        return path
