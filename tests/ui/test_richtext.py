"""Prose fields: formatting shortcuts, links, safe paste, Markdown in the model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication

from copeditor.ui.form.paste_filter import clean_pasted_html
from tests.ui.conftest import ScriptedDialogs, type_text


def summary_of(window: Any, area: int = 0) -> Any:
    window.tabs.setCurrentIndex(area + 1)
    editor = window.pages[area + 1].editors[0].fields["summary"]
    editor.setFocus()
    return editor


def stored(window: Any, area: int = 0) -> str:
    window.document.flush_edits()  # prose reaches the model when typing pauses; now, here
    return window.document.submission.areas[area].programmes[0].summary


def test_bold_and_italic_shortcuts_store_markdown(window: Any, qtbot: Any) -> None:
    editor = summary_of(window)
    qtbot.keyClicks(editor, "plain ")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "strong")
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " and ")
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "slanted")
    assert stored(window) == "plain **strong** and *slanted*"


def test_lists_from_the_format_menu(window: Any, qtbot: Any) -> None:
    editor = summary_of(window)
    window.commands.format.bullets.trigger()
    qtbot.keyClicks(editor, "first")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    assert stored(window) == "- first\n- second"
    window.commands.format.bullets.trigger()  # off again for the current item
    window.commands.format.numbers.trigger()
    assert "1. second" in stored(window) or "1.  second" in stored(window)


def test_ctrl_k_makes_a_link_and_completes_a_www_address(
    window: Any, qtbot: Any, scripted: ScriptedDialogs
) -> None:
    editor = summary_of(window)
    qtbot.keyClicks(editor, "See ")
    scripted.links = [("our site", "https://ecpat.org"), ("SIC", "www.saferinternet.org")]
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, " and ")
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == (
        "See [our site](https://ecpat.org) and [SIC](http://www.saferinternet.org)"
    )


def test_insert_link_offers_a_web_address_from_the_clipboard(
    window: Any, qtbot: Any, scripted: ScriptedDialogs
) -> None:
    editor = summary_of(window)
    QApplication.clipboard().setText("https://www.inhope.org/")
    scripted.links = [None]
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert scripted.calls[-1] == ("ask_link", ("", "https://www.inhope.org/"))
    QApplication.clipboard().setText("not an address")
    scripted.links = [None]
    qtbot.keyClick(editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert scripted.calls[-1] == ("ask_link", ("", ""))


def run_link_dialog(qtbot: Any, typed: list[str]) -> tuple[tuple[str, str] | None, list[str]]:
    """Drive the real Insert Link dialog: type each address in turn and press Enter; report
    what the dialog returned and the message it showed after each refused address."""
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

    from copeditor.links import complete_address
    from copeditor.ui import dialogs

    messages: list[str] = []

    def interact() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
        address = [
            f for f in dialog.findChildren(QLineEdit) if f.accessibleName() == "Link address"
        ]
        for text in typed:
            address[0].selectAll()
            qtbot.keyClicks(address[0], text)
            qtbot.keyClick(address[0], Qt.Key.Key_Return)
            if dialog.isVisible():
                shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
                messages.append(next(t for t in shown if t.startswith("Not a web")))
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, interact)
    return dialogs.ask_link(None, "text", "https://", complete_address), messages


def test_the_link_dialog_keeps_what_was_typed_and_says_what_is_wrong(qtbot: Any) -> None:
    answer, messages = run_link_dialog(qtbot, ["javascript:alert(1)", "www.saferinternet.org"])
    assert answer == ("text", "http://www.saferinternet.org")
    assert len(messages) == 1 and "www.example.org" in messages[0]
    answer, messages = run_link_dialog(qtbot, ["file:///etc/passwd"])
    assert answer is None and len(messages) == 1


def test_pasting_html_keeps_text_and_emphasis_but_no_image(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    image = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(image))
    editor = summary_of(window)
    requested: list[str] = []
    original = editor.loadResource

    def spy(kind: int, name: Any) -> object:
        requested.append(name.toString())
        return original(kind, name)

    editor.loadResource = spy  # type: ignore[method-assign]
    data = QMimeData()
    data.setHtml(
        f'<p style="font-weight:700">Bold <img src="file://{image}"> text</p>'
        '<img src="https://tracker.example/pixel.gif"><ul><li><i>item</i></li></ul>'
        '<a href="javascript:alert(1)">click</a> <a href="https://ok.example">ok</a>'
    )
    data.setImageData(QImage(str(image)))
    editor.insertFromMimeData(data)
    value = stored(window)
    assert "**Bold  text**" in value or "**Bold text**" in value
    assert "- *item*" in value
    assert "[ok](https://ok.example)" in value
    assert "click" in value and "javascript" not in value
    assert "img" not in value and "![" not in value and "secret" not in value
    assert requested == []
    assert editor.document().allFormats()  # still a normal document


def test_a_pasted_image_alone_is_dropped(window: Any) -> None:
    editor = summary_of(window)
    data = QMimeData()
    data.setImageData(QImage(8, 8, QImage.Format.Format_RGB32))
    assert not editor.canInsertFromMimeData(data)


def test_right_to_left_text_is_stored_unchanged(window: Any) -> None:
    editor = summary_of(window)
    arabic = "حماية الأطفال على الإنترنت"
    type_text(editor, arabic)
    assert stored(window) == arabic
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    assert cursor.block().textDirection() == Qt.LayoutDirection.RightToLeft


def test_paste_filter_keeps_only_what_the_model_stores() -> None:
    cleaned = clean_pasted_html(
        "<html><head><style>p{color:red}</style><title>t</title></head><body>"
        '<h1>Title</h1><p class="MsoNormal"><span style="font-style:italic">it</span>'
        '<img src="/etc/hostname"><script>alert(1)</script></p>'
        "<table><tr><td>cell</td></tr></table><ol><li>one<li>two</ol>"
        '<a href="file:///etc/passwd">f</a><a href="mailto:a@b.org">m</a>'
    )
    assert cleaned == (
        "<p>Title</p><p><i>it</i></p><p>cell</p><ol><li>one</li><li>two</li></ol>"
        'f<a href="mailto:a@b.org">m</a>'
    )


def test_pasted_table_cells_stay_apart_one_line_per_row() -> None:
    source = (
        "<table><tr><th>Partner</th><th>Country</th></tr>"
        "<tr><td>cell A</td><td><b>cell B</b></td></tr></table>"
    )
    assert clean_pasted_html(source) == ("<p>Partner | Country</p><p>cell A | <b>cell B</b></p>")
