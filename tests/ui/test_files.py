"""Files in the editor: save and reopen, the Save/Discard/Cancel prompt, failures, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from copeditor import atomicfile
from copeditor.model import Submission
from copeditor.storage import load_draft, save_draft
from copeditor.ui.dialogs import AfterExport, SaveChoice
from copeditor.ui.files.recent_files import recent_paths
from tests.conftest import ECPAT_MD
from tests.pdftools import all_text
from tests.ui.conftest import ScriptedDialogs, type_text


def test_save_reopen_and_compare(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    type_text(window.pages[0].name_field, "Organización Ñ")
    summary = window.pages[1].editors[0].fields["summary"]
    qtbot.keyClicks(window.pages[1].editors[0].fields["name"], "Helpline")
    qtbot.keyClicks(summary, "Reports from children.")
    path = tmp_path / "draft.json"
    scripted.save_paths = [path]
    window.commands.save.trigger()
    assert not window.isWindowModified()
    assert window.windowTitle() == "draft.json[*] - COP Submission Editor"
    saved = load_draft(path)
    assert saved.organisation == "Organización Ñ"
    assert saved.areas[0].programmes[0].summary == "Reports from children."
    assert saved.last_modified is not None
    assert recent_paths()[0] == path.resolve()

    window.files.new()
    assert window.document.submission == Submission()
    assert window.files.open_path(path)
    assert window.document.submission == saved
    assert window.pages[1].editors[0].fields["name"].text() == "Helpline"
    assert window.pages[1].editors[0].fields["summary"].markdown() == "Reports from children."


@pytest.mark.parametrize("way", ["new", "open", "close"])
def test_save_discard_cancel_before_losing_changes(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, tmp_path: Path, way: str
) -> None:
    other = tmp_path / "other.json"
    save_draft(Submission(organisation="Other"), other)
    saved = tmp_path / "saved.json"

    def lose_changes() -> None:
        if way == "new":
            window.commands.new.trigger()
        elif way == "open":
            scripted.open_paths.append(other)
            window.commands.open.trigger()
        else:
            window.close()

    qtbot.keyClicks(window.pages[0].name_field, "Unsaved")
    scripted.save_choices = [SaveChoice.CANCEL]
    lose_changes()
    assert window.document.submission.organisation == "Unsaved"
    assert window.isVisible() and window.isWindowModified()

    scripted.save_choices = [SaveChoice.SAVE]
    scripted.save_paths = [saved]
    if way == "open":
        scripted.open_paths.clear()
    lose_changes()
    assert load_draft(saved).organisation == "Unsaved"
    expected = {"new": "", "open": "Other", "close": "Unsaved"}[way]
    assert window.document.submission.organisation == expected
    if way == "close":
        assert not window.isVisible()
        return

    qtbot.keyClicks(window.pages[0].name_field, "Again")
    scripted.save_choices = [SaveChoice.DISCARD]
    lose_changes()
    assert not window.isWindowModified()
    assert load_draft(saved).organisation == "Unsaved"
    assert scripted.names().count("ask_save_changes") == 3


def test_a_failed_save_keeps_the_document_modified_and_the_file_intact(
    window: Any,
    qtbot: Any,
    scripted: ScriptedDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "draft.json"
    save_draft(Submission(organisation="On disk"), path)
    assert window.files.open_path(path)
    before = path.read_bytes()
    qtbot.keyClicks(window.pages[0].name_field, " edited")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomicfile, "fsync_file", full_disk)
    window.commands.save.trigger()
    assert scripted.calls[-1] == (
        "error",
        "draft.json: could not be saved: no space left on device",
    )
    assert window.isWindowModified()
    assert window.document.submission.organisation == "On disk edited"
    assert path.read_bytes() == before


def test_a_failed_open_changes_nothing(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.pages[0].name_field, "Mine")
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert not window.files.open_path(broken, ask_first=False)
    assert scripted.calls[-1][0] == "error"
    assert scripted.calls[-1][1].startswith("broken.json: is not a draft (not valid JSON")
    assert window.document.submission.organisation == "Mine"
    assert window.isWindowModified()


def test_import_text_form_and_export_both_formats(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    scripted.open_paths = [ECPAT_MD]
    window.commands.import_text.trigger()
    assert window.document.submission.organisation == "ECPAT International"
    assert window.document.path is None and window.isWindowModified()
    assert len(window.pages[5].editors) == 1
    assert window.pages[5].editors[0].fields["name"].text().startswith("Dynamic Coalition")

    scripted.save_paths = [tmp_path / "ecpat.pdf", tmp_path / "ecpat.md"]
    scripted.after_export = [(AfterExport.CLOSE, False)]
    window.commands.export_pdf.trigger()
    window.commands.export_text.trigger()
    assert "Combating child exploitation in cyberspace" in all_text(
        (tmp_path / "ecpat.pdf").read_bytes()
    )
    assert (tmp_path / "ecpat.md").read_text(encoding="utf-8").startswith("**COP Partners'")


def test_export_pdf_warns_when_the_organisation_is_missing(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    scripted.confirmations = [False]
    window.commands.export_pdf.trigger()
    assert scripted.names() == ["confirm"]
    assert "not named" in scripted.calls[0][1]
    scripted.confirmations = [True]
    scripted.save_paths = [tmp_path / "out.pdf"]
    scripted.after_export = [(AfterExport.CLOSE, False)]
    window.commands.export_pdf.trigger()
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_export_pdf_says_where_and_opens_it_as_chosen(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copeditor.ui import system_open

    handed: list[tuple[str, Path]] = []
    monkeypatch.setattr(system_open, "open_own_file", lambda p: handed.append(("open", p)) or True)
    monkeypatch.setattr(
        system_open, "show_in_folder", lambda p: handed.append(("folder", p)) or False
    )
    window.document.replace(Submission(organisation="Org"), None)
    pdf = tmp_path / "out.pdf"

    scripted.save_paths = [pdf]
    scripted.after_export = [(AfterExport.SHOW_FOLDER, False)]
    window.commands.export_pdf.trigger()
    assert handed == [("folder", pdf)]
    # The folder could not be shown: the status bar says where the PDF is.
    assert window.statusBar().currentMessage() == (
        f"PDF saved: {pdf} (it could not be opened: find it in {tmp_path})"
    )

    scripted.save_paths = [pdf]
    scripted.after_export = [(AfterExport.OPEN, True)]  # "always open" ticked
    window.commands.export_pdf.trigger()
    assert handed[-1] == ("open", pdf)
    assert window.statusBar().currentMessage() == f"PDF saved: {pdf}"
    assert window.commands.open_after_export.isChecked()

    scripted.save_paths = [pdf]
    window.commands.export_pdf.trigger()  # opened without asking
    assert handed[-1] == ("open", pdf) and len(handed) == 3
    assert scripted.names().count("offer_exported_pdf") == 2


def test_dropping_a_draft_opens_it(window: Any, scripted: ScriptedDialogs, tmp_path: Path) -> None:
    path = tmp_path / "dropped.json"
    save_draft(Submission(organisation="Dropped"), path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.document.submission.organisation == "Dropped"
    assert window.windowTitle().startswith("dropped.json")


def test_recent_files_menu_lists_saved_drafts(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    for name in ("a.json", "b.json"):
        scripted.save_paths = [tmp_path / name]
        window.commands.save_as.trigger()
    window.commands.recent_menu.rebuild()
    texts = [action.text() for action in window.commands.recent_menu.actions() if action.text()]
    assert texts[:2] == ["&1 b.json", "&2 a.json"]
    QApplication.processEvents()


def test_export_right_after_typing_includes_the_typing(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.pages[0].name_field, "Org")
    qtbot.keyClicks(window.pages[1].editors[0].fields["summary"], "Just typed")
    scripted.save_paths = [tmp_path / "now.md"]
    window.commands.export_text.trigger()
    assert "Just typed" in (tmp_path / "now.md").read_text(encoding="utf-8")
    assert scripted.calls[-1][1].name == "Org - COP submission.md"


def test_word_and_pdf_files_import_as_new_drafts_and_word_exports(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path, ecpat: Submission
) -> None:
    from copeditor.formats.docx import read_word_file
    from copeditor.formats.pdf import pdf_bytes

    pdf = tmp_path / "last-year.pdf"
    pdf.write_bytes(pdf_bytes(ecpat))  # carries its draft
    scripted.open_paths = [pdf]
    window.commands.import_text.trigger()
    assert window.document.submission.organisation == "ECPAT International"
    assert window.document.path is None and window.isWindowModified()  # never bound to the PDF

    word = tmp_path / "ecpat.docx"
    scripted.save_paths = [word]
    window.commands.export_word.trigger()
    assert read_word_file(word).submission.organisation == "ECPAT International"

    window.document.undo_stack.setClean()
    assert window.files.open_path(word)
    assert window.document.path is None
    assert window.document.submission.areas[0].programmes[0].website == "www.ecpat.net"

    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(b"%PDF-1.4\n%%EOF\n")
    window.document.undo_stack.setClean()
    assert not window.files.open_path(foreign)
    assert scripted.calls[-1][0] == "error" and "foreign.pdf" in scripted.calls[-1][1]
