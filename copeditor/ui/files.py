"""File > New, Open, Save, Save As, Import and Export: the document and the disk meet here.

Every failure shows the storage layer's one-line message and changes nothing: the open document
stays as it was, and so does the file on disk.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from copeditor.atomicfile import write_atomic
from copeditor.formats.filenames import safe_name_part
from copeditor.model import Submission
from copeditor.storage import DraftError, load_draft, save_draft
from copeditor.ui import dialogs, settings
from copeditor.ui.dialogs import SaveChoice
from copeditor.ui.document import Document
from copeditor.ui.recent_files import add_recent

TEXT_FORM_SUFFIXES = (".md", ".markdown", ".txt")


class FileOperations:
    def __init__(self, window: QWidget, document: Document) -> None:
        self.window = window
        self.document = document

    # --- before losing changes --------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the document: saved, discarded, or unmodified."""
        if not self.document.is_modified:
            return True
        choice = dialogs.ask_save_changes(self.window, self.document.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    # --- opening ----------------------------------------------------------------------------

    def new(self) -> None:
        if self.maybe_save():
            self.document.replace(Submission(), None)

    def open(self) -> None:
        if not self.maybe_save():
            return
        filters = f"{dialogs.DRAFT_FILTER};;{dialogs.TEXT_FORM_FILTER}"
        path = dialogs.open_path(self.window, "Open Draft", settings.last_folder(), filters)
        if path is not None:
            self.open_path(path, ask_first=False)

    def open_path(self, path: Path, ask_first: bool = True) -> bool:
        """Open a draft (.json) or import a text form (.md); False when nothing changed."""
        if ask_first and not self.maybe_save():
            return False
        if path.suffix.lower() in TEXT_FORM_SUFFIXES:
            return self._import(path)
        try:
            submission = load_draft(path)
        except DraftError as error:
            dialogs.show_error(self.window, "Open Draft", str(error))
            return False
        self.document.replace(submission, path)
        settings.remember_folder(path)
        add_recent(path)
        return True

    def import_text_form(self) -> None:
        if not self.maybe_save():
            return
        path = dialogs.open_path(
            self.window, "Import Text Form", settings.last_folder(), dialogs.TEXT_FORM_FILTER
        )
        if path is not None:
            self._import(path)

    def _import(self, path: Path) -> bool:
        from copeditor.formats.textform import read_text_form

        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or "not UTF-8 text"
            dialogs.show_error(self.window, "Import Text Form", f"{path.name}: {reason}")
            return False
        result = read_text_form(text)
        # An import is a new, unsaved draft: Save asks where, never overwrites the .md.
        self.document.replace(result.submission, None, modified=True)
        settings.remember_folder(path)
        if result.notices:
            lines = "\n".join(str(notice) for notice in result.notices[:20])
            dialogs.show_information(
                self.window,
                "Import Text Form",
                f"{path.name} was imported; text that fitted no field was kept nearby:\n{lines}",
            )
        return True

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def suggested_stem(self) -> str:
        if self.document.path is not None:
            return self.document.path.stem
        organisation = safe_name_part(self.document.submission.organisation)
        return f"{organisation} - COP submission" if organisation else "COP submission"

    def save_as(self) -> bool:
        suggested = self.document.path or settings.last_folder() / f"{self.suggested_stem()}.json"
        path = dialogs.save_path(
            self.window, "Save Draft As", suggested, dialogs.DRAFT_FILTER, ".json"
        )
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        submission = self.document.submission
        previous_date = submission.last_modified
        submission.last_modified = datetime.now(UTC).replace(microsecond=0)
        try:
            save_draft(submission, path)
        except DraftError as error:
            submission.last_modified = previous_date
            dialogs.show_error(self.window, "Save Draft", str(error))
            return False
        self.document.mark_saved(path)
        settings.remember_folder(path)
        add_recent(path)
        return True

    # --- exporting --------------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        from copeditor.formats.pdf import PdfOptions, pdf_bytes

        submission = self.document.submission
        if not submission.organisation.strip() and not dialogs.confirm(
            self.window,
            "Export PDF",
            "The partner organisation is not named yet: the PDF will have no organisation.",
            "Export Anyway",
        ):
            return None
        options = PdfOptions(
            page_size=settings.page_size(), omit_empty_areas=settings.omit_empty_areas()
        )
        return self._export(
            "Export PDF", ".pdf", dialogs.PDF_FILTER, lambda: pdf_bytes(submission, options)
        )

    def export_text_form(self) -> Path | None:
        from copeditor.formats.textform import write_text_form

        submission = self.document.submission
        return self._export(
            "Export Text Form",
            ".md",
            dialogs.TEXT_FORM_FILTER,
            lambda: write_text_form(submission).encode("utf-8"),
        )

    def _export(self, title: str, suffix: str, filters: str, render: object) -> Path | None:
        stem = self.document.path.stem if self.document.path else "COP submission"
        suggested = self.document.path.parent if self.document.path else settings.last_folder()
        path = dialogs.save_path(self.window, title, suggested / f"{stem}{suffix}", filters, suffix)
        if path is None:
            return None
        try:
            write_atomic(path, render())  # type: ignore[operator]
        except OSError as error:
            dialogs.show_error(
                self.window, title, f"{path.name}: could not be written: {error.strerror or error}"
            )
            return None
        settings.remember_folder(path)
        return path
