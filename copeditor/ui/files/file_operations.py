"""File > New, Open, Save, Save As, Import and Export: the document and the disk meet here.

Every failure shows the storage layer's one-line message and changes nothing: the open document
stays as it was, and so does the file on disk.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from copeditor.formats.filenames import safe_name_part
from copeditor.inputs import InputError
from copeditor.inputs.importing import IMPORTERS
from copeditor.model import Submission
from copeditor.storage import DraftError, backup_path, load_draft, save_draft
from copeditor.storage.locks import HeldLock, LockedByOther, draft_lock_path, try_lock
from copeditor.ui import dialogs, settings
from copeditor.ui.dialogs import SaveChoice
from copeditor.ui.document.document import Document
from copeditor.ui.files.disk_watch import DiskWatcher, file_signature
from copeditor.ui.files.exporting import ExportMixin
from copeditor.ui.files.importing import import_title
from copeditor.ui.files.recent_files import add_recent

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class FileOperations(ExportMixin, QObject):
    status_message = Signal(str)  # a one-line report for the status bar
    open_after_export_changed = Signal(bool)  # the user chose to always open exported PDFs

    def __init__(self, window: QWidget, document: Document, private_folder: Path) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.private_folder = private_folder
        self.lock: HeldLock | None = None  # on the open draft, while this editor has it
        self.locked_path: Path | None = None
        self.disk = DiskWatcher(window)
        self.disk.changed_elsewhere.connect(self._changed_elsewhere)
        self._asking_about_disk = False

    # --- before losing changes --------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the document: saved, discarded, or unmodified."""
        self.document.flush_edits()
        if not self.document.is_modified:
            return True
        choice = dialogs.ask_save_changes(self.window, self.document.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    # --- opening ----------------------------------------------------------------------------

    def new(self) -> None:
        if self.maybe_save():
            self._bind(None, Submission())

    def open(self) -> None:
        if not self.maybe_save():
            return
        filters = f"{dialogs.DRAFT_FILTER};;{dialogs.IMPORT_FILTERS}"
        path = dialogs.open_path(
            self.window, translate("FileOperations", "Open Draft"), settings.last_folder(), filters
        )
        if path is not None:
            self.open_path(path, ask_first=False)

    def open_path(self, path: Path, ask_first: bool = True) -> bool:
        """Open a draft (.json), or import a text form, a Word document or a PDF the editor
        made; False when nothing changed."""
        if ask_first and not self.maybe_save():
            return False
        if path.suffix.lower() in IMPORTERS:
            return self._import(path)
        modified = False
        submission: Submission | None
        try:
            submission = load_draft(path)
        except DraftError as error:
            submission = self._offer_backup(path, error)
            modified = True  # the backup's content, to be saved over the damaged draft
        if submission is None:
            return False
        read_only = False
        if holder := self._lock_draft(path):
            if not dialogs.confirm(
                self.window,
                translate("FileOperations", "Draft Already Open"),
                translate(
                    "FileOperations",
                    "{name} is open in another copy of the editor ({holder}). "
                    "Editing it in both would lose one copy's changes. Open it read-only?",
                ).format(name=path.name, holder=holder),
                translate("FileOperations", "Open Read-Only"),
            ):
                return False
            read_only = True
        self._bind(path, submission, modified=modified, read_only=read_only)
        settings.remember_folder(path)
        add_recent(path)
        return True

    def _offer_backup(self, path: Path, error: DraftError) -> Submission | None:
        """The draft cannot be read: offer the version kept at its last save, if readable."""
        backup = backup_path(path)
        try:
            submission = load_draft(backup)
        except DraftError:
            dialogs.show_error(self.window, translate("FileOperations", "Open Draft"), str(error))
            return None
        if dialogs.confirm(
            self.window,
            translate("FileOperations", "Open Draft"),
            translate(
                "FileOperations",
                "{error}\nThe previous version, kept when the draft was last saved, can be "
                "opened instead ({backup}). Saving then replaces the damaged draft.",
            ).format(error=error, backup=backup.name),
            translate("FileOperations", "Open Previous Version"),
        ):
            return submission
        return None

    def _lock_draft(self, path: Path) -> str | None:
        """Take the lock on `path`, releasing the one on the draft open now; when another
        editor holds it, say who (else None)."""
        if self.lock is not None and self.locked_path == path.resolve():
            return None  # already ours
        try:
            lock = try_lock(draft_lock_path(self.private_folder, path))
        except LockedByOther as other:
            return str(other)
        self.release_lock()
        self.lock, self.locked_path = lock, path.resolve()
        return None

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = self.locked_path = None

    def _bind(
        self,
        path: Path | None,
        submission: Submission,
        *,
        modified: bool = False,
        read_only: bool = False,
    ) -> None:
        if path is None or read_only:
            self.release_lock()
        self.document.read_only = read_only
        self.document.replace(submission, path, modified=modified)
        self.disk.watch(path)

    def import_file(self) -> None:
        if not self.maybe_save():
            return
        path = dialogs.open_path(
            self.window,
            translate("FileOperations", "Import"),
            settings.last_folder(),
            dialogs.IMPORT_FILTERS,
        )
        if path is not None:
            self._import(path)

    def _import(self, path: Path) -> bool:
        importer = IMPORTERS.get(path.suffix.lower())
        if importer is None:
            dialogs.show_error(
                self.window,
                translate("FileOperations", "Import"),
                translate("FileOperations", "{name}: not a kind of file to import").format(
                    name=path.name
                ),
            )
            return False
        title = translate("ImportKinds", import_title(path))
        try:
            imported = importer(path)
        except InputError as error:
            dialogs.show_error(self.window, title, str(error))
            return False
        submission, notes = imported.submission, imported.notes
        # An import is a new, unsaved draft: Save asks where, never overwrites what was read.
        self._bind(None, submission, modified=True)
        settings.remember_folder(path)
        if notes:
            more = (
                translate("FileOperations", "\n(and {count} more)").format(count=len(notes) - 20)
                if len(notes) > 20
                else ""
            )
            dialogs.show_information(
                self.window,
                title,
                translate(
                    "FileOperations", "{name} was imported. Check these places:\n{notes}"
                ).format(name=path.name, notes="\n".join(notes[:20]))
                + more,
            )
        return True

    def recover(self, submission: Submission, original_path: Path | None) -> None:
        """Open recovered work as modified, bound to its draft so that Save writes it."""
        if original_path is not None and self._lock_draft(original_path):
            original_path = None  # another editor has that draft now: save under a new name
        self._bind(original_path, submission, modified=True)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None or self.document.read_only:
            return self.save_as()
        if self.disk.differs() and not dialogs.confirm(
            self.window,
            translate("FileOperations", "Save Draft"),
            translate(
                "FileOperations",
                "{name} was changed by another program since it was opened here. "
                "Replace that version with yours? (It is kept as the backup.)",
            ).format(name=self.document.path.name),
            translate("FileOperations", "Replace"),
        ):
            return False
        return self._save_to(self.document.path)

    def suggested_stem(self) -> str:
        if self.document.path is not None:
            return self.document.path.stem
        organisation = safe_name_part(self.document.submission.organisation)
        return f"{organisation} - COP submission" if organisation else "COP submission"

    def save_as(self) -> bool:
        suggested = self.document.path or settings.last_folder() / f"{self.suggested_stem()}.json"
        path = dialogs.save_path(
            self.window,
            translate("FileOperations", "Save Draft As"),
            suggested,
            dialogs.DRAFT_FILTER,
            ".json",
        )
        return path is not None and self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        self.document.flush_edits()
        if holder := self._lock_draft(path):
            dialogs.show_error(
                self.window,
                translate("FileOperations", "Save Draft"),
                translate(
                    "FileOperations",
                    "{name} is open in another copy of the editor ({holder}): "
                    "save under another name, or close it there first.",
                ).format(name=path.name, holder=holder),
            )
            return False
        submission = self.document.submission
        previous_date = submission.last_modified
        submission.last_modified = datetime.now(UTC).replace(microsecond=0)
        try:
            save_draft(submission, path)
        except DraftError as error:
            submission.last_modified = previous_date
            dialogs.show_error(self.window, translate("FileOperations", "Save Draft"), str(error))
            return False
        self.document.read_only = False
        self.document.mark_saved(path)
        self.disk.watch(path)
        settings.remember_folder(path)
        add_recent(path)
        return True

    # --- the draft changed on disk ----------------------------------------------------------

    def _changed_elsewhere(self, path: Path) -> None:
        if self._asking_about_disk:
            return
        self._asking_about_disk = True
        try:
            question = (
                translate(
                    "FileOperations",
                    "{name} was changed by another program. Reload it? Your unsaved changes "
                    "here would be lost.",
                )
                if self.document.is_modified
                else translate(
                    "FileOperations", "{name} was changed by another program. Reload it?"
                )
            )
            if dialogs.confirm(
                self.window,
                translate("FileOperations", "Draft Changed on Disk"),
                question.format(name=path.name),
                translate("FileOperations", "Reload"),
            ):
                try:
                    self._bind(path, load_draft(path), read_only=self.document.read_only)
                except DraftError as error:
                    dialogs.show_error(
                        self.window, translate("FileOperations", "Reload Draft"), str(error)
                    )
            else:
                self.disk.declined = file_signature(path)
        finally:
            self._asking_about_disk = False
