"""The live PDF preview: built off the window's thread from a snapshot, shown with QtPdf, kept in
place across refreshes, never replaced by an older build; problems listed inside it; clicks on a
programme move the form there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from copeditor.model import Programme
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.files.pdf_export import make_pdf, pdf_options
from copeditor.ui.preview.build_job import BuildRequest, build
from tests.pdftools import reader
from tests.ui.conftest import type_text

BUILD_TIMEOUT_MS = 60_000  # the first build starts the builder process


def show_preview(window: Any, qtbot: Any) -> Any:
    with qtbot.waitSignal(window.preview.refreshed, timeout=BUILD_TIMEOUT_MS):
        window.commands.preview.trigger()
    assert window.preview.isVisible()
    return window.preview.panel


def refreshed(window: Any, qtbot: Any) -> Any:
    """Wait for the refresh a change starts (after the pause in typing)."""
    return qtbot.waitSignal(window.preview.refreshed, timeout=BUILD_TIMEOUT_MS)


def page_text(panel: Any, page: int = 0) -> str:
    return " ".join(panel.pdf.getAllText(page).text().split())


def field(window: Any, path: FieldPath) -> Any:
    index = 0 if not path.in_programme else path.area_index + 1
    window.tabs.setCurrentIndex(index)
    return window.pages[index].field_widget(path)


def dark_pixels(image: QImage, x: int, y: int, width: int, height: int) -> int:
    return sum(
        1
        for i in range(x, x + width, 2)
        for j in range(y, y + height, 2)
        if QColor(image.pixel(i, j)).lightness() < 128
    )


def test_preview_shows_page_one_of_what_export_writes(window: Any, qtbot: Any, ecpat: Any) -> None:
    window.document.replace(ecpat, None)
    panel = show_preview(window, qtbot)
    assert panel.pdf_bytes == make_pdf(ecpat)  # the same builder, the same options
    assert panel.page_count() == len(reader(panel.pdf_bytes).pages) == 5
    assert "ECPAT International" in page_text(panel)
    assert panel.page_label.text() == "Page 1 of 5"

    # Page 1 is drawn where the view's layout (repeated in page_rects) says it is: white paper
    # with dark text inside, the darker background outside.
    view = panel.view
    rect = view.page_rects()[0]
    qtbot.waitUntil(
        lambda: dark_pixels(view.viewport().grab().toImage(), rect.x() + 40, rect.y() + 40, 200, 60)
        > 20,
        timeout=10_000,
    )
    image = view.viewport().grab().toImage()
    inside = QColor(image.pixel(rect.x() + 3, rect.y() + 3))
    outside = QColor(image.pixel(rect.x() - 3, rect.y() + 3))
    assert inside.lightness() > 240 and outside.lightness() < inside.lightness()


def test_preview_follows_typing_including_typing_not_yet_in_the_model(
    window: Any, qtbot: Any
) -> None:
    panel = show_preview(window, qtbot)
    with refreshed(window, qtbot):
        type_text(field(window, FieldPath.organisation()), "Fondation Éclair")
    assert "Fondation Éclair" in page_text(panel)

    summary = field(window, FieldPath("summary", 0, 0))
    type_text(summary, "Hotline for young people")
    assert window.document.has_pending_edits  # the summary waits for a pause to reach the model
    with refreshed(window, qtbot):
        window.preview.refresh()
    assert "Hotline for young people" in page_text(panel)


def test_preview_keeps_its_page_and_place_after_a_refresh(
    window: Any, qtbot: Any, ecpat: Any
) -> None:
    window.document.replace(ecpat, None)
    panel = show_preview(window, qtbot)
    panel.go_to_page(3)
    view = panel.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 37)
    place = view.position()
    assert panel.current_page() == 3

    with refreshed(window, qtbot):
        window.document.set_field(FieldPath("name", 0, 0), "Combating exploitation online")
    assert "Combating exploitation online" in page_text(panel, 0)
    assert view.position() == place
    assert panel.current_page() == 3
    assert panel.page_label.text() == "Page 4 of 5"


def test_a_superseded_build_never_replaces_a_newer_one(window: Any, qtbot: Any) -> None:
    panel = show_preview(window, qtbot)
    dock = window.preview
    older, newer = window.document.submission.model_copy(deep=True), None
    window.document.set_field(FieldPath.organisation(), "Newer Name")
    newer = window.document.submission
    first = dock.generation + 1
    old_result = build(BuildRequest(first, older.model_dump_json(), pdf_options()))
    new_result = build(BuildRequest(first + 1, newer.model_dump_json(), pdf_options()))

    dock.show_result(new_result)  # the newer build finished first
    assert "Newer Name" in page_text(panel)
    dock.show_result(old_result)  # then the older, slower one: dropped
    assert "Newer Name" in page_text(panel)
    assert dock.shown_generation == first + 1


def test_a_build_finishing_during_typing_waits_for_a_break(window: Any, qtbot: Any) -> None:
    panel = show_preview(window, qtbot)
    dock = window.preview
    window.document.set_field(FieldPath.organisation(), "Typed Meanwhile")
    snapshot = window.document.submission.model_dump_json()
    result = build(BuildRequest(dock.generation + 1, snapshot, pdf_options()))
    dock._keystroke()  # the user is typing
    dock.show_result(result)
    assert "Typed Meanwhile" not in page_text(panel)  # not loaded in the middle of a burst
    with qtbot.waitSignal(dock.refreshed, timeout=5000):
        pass  # shown once typing pauses
    assert "Typed Meanwhile" in page_text(panel)


def test_characters_no_font_draws_are_listed_with_their_field(
    window: Any, qtbot: Any, scripted: Any
) -> None:
    panel = show_preview(window, qtbot)
    path = FieldPath("summary", 1, 0)
    with refreshed(window, qtbot):
        type_text(field(window, path), "Sign: \U00013000")  # an Egyptian hieroglyph
    assert panel.problems.isVisible() and panel.problems.count() == 1
    item = panel.problems.item(0)
    assert "U+13000" in item.text() and "Area 2, programme 1, summary" in item.text()
    window.tabs.setCurrentIndex(0)
    panel.problems.itemClicked.emit(item)
    assert window.tabs.currentIndex() == 2
    assert QApplication.focusWidget() is field(window, path)
    assert scripted.calls == []  # shown in the preview, never in a dialog

    with refreshed(window, qtbot):
        field(window, path).clear()
    assert not panel.problems.isVisible()


def test_clicking_a_programme_in_the_preview_moves_the_form_there(
    window: Any, qtbot: Any, ecpat: Any
) -> None:
    ecpat.areas[2].programmes.insert(0, Programme())  # a blank one: not in the PDF
    ecpat.areas[2].programmes.append(Programme(name="Second programme of area 3"))
    window.document.replace(ecpat, None)
    panel = show_preview(window, qtbot)
    marks = list(panel.landmarks)
    target = FieldPath("name", 2, 2)
    mark = next(m for m in marks if m.path == target)
    panel.go_to_page(mark.page)
    position = panel.view.viewport_position(mark.page, QPointF(120, mark.y + 20))
    assert position is not None and panel.view.viewport().rect().contains(position)
    window.tabs.setCurrentIndex(0)

    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert window.tabs.currentIndex() == 3
    assert QApplication.focusWidget() is field(window, target)
    assert field(window, target).text() == "Second programme of area 3"

    area = next(m for m in marks if m.path.area_index == 1)  # the heading of area 2
    panel.go_to_page(area.page)
    position = panel.view.viewport_position(area.page, QPointF(120, area.y + 2))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert QApplication.focusWidget() is field(window, area.path)
    assert panel.view.page_point(QPoint(-5, -5)) is None


def test_zoom_and_page_buttons(window: Any, qtbot: Any, ecpat: Any) -> None:
    window.document.replace(ecpat, None)
    panel = show_preview(window, qtbot)
    fit_width = panel.view.page_rects()[0].width()
    panel.zoom_box.setCurrentText("200 %")
    assert panel.view.page_rects()[0].width() > fit_width
    panel.zoom_box.setCurrentText("Fit Page")
    rect = panel.view.page_rects()[0]
    assert rect.height() <= panel.view.viewport().height()
    panel.next_button.click()
    assert panel.page_label.text() == "Page 2 of 5"
    panel.previous_button.click()
    assert panel.page_label.text() == "Page 1 of 5"
    assert not panel.previous_button.isEnabled()


def test_hidden_preview_builds_nothing_until_shown(window: Any, qtbot: Any) -> None:
    window.document.set_field(FieldPath.organisation(), "Quiet Org")
    window.preview.refresh()
    assert window.preview.generation == 0 and window.preview.panel is None
    panel = show_preview(window, qtbot)
    assert "Quiet Org" in page_text(panel)



def test_closing_the_builder_waits_for_its_reader_thread(window: Any, qtbot: Any) -> None:
    """After close, the window may be deleted: no thread may still send it a signal."""
    show_preview(window, qtbot)
    builder = window.preview.builder
    reader_thread = builder._reader
    assert reader_thread is not None and reader_thread.is_alive()
    window.preview.close_builder()
    assert not reader_thread.is_alive()
