"""The editor in French, Spanish, Arabic, Russian and Chinese: Qt's translations, switched live."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from copeditor.model import Programme, Submission
from copeditor.ui import settings
from copeditor.ui.app import create_application
from copeditor.ui.dialogs.messages import save_changes_box
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.language import (
    LANGUAGES,
    apply_language,
    current_language,
    translations_dir,
)

TRANSLATED = [code for code in LANGUAGES if code != "en"]
# What each language must show: the File menu, the window title's editor name, the word count,
# and Qt's own Save/Discard/Cancel (qtbase_<code>.qm).
EXPECTED = {
    "fr": (
        "&Fichier",
        "Éditeur de contributions COP",
        "Sans titre",
        "Contribution : 0 mot, 0 caractère",
    ),
    "es": (
        "&Archivo",
        "Editor de contribuciones COP",
        "Sin título",
        "Contribución: 0 palabras, 0 caracteres",
    ),
    "ar": ("&ملف", "محرر مساهمات COP", "بلا عنوان", "المساهمة: لا كلمات، لا أحرف"),
    "ru": ("&Файл", "Редактор материалов COP", "Без названия", "Сводка: 0 слов, 0 символов"),
    "zh": ("文件(&F)", "COP 提交材料编辑器", "未命名", "提交材料：0 个字词，0 个字符"),
}
STANDARD_BUTTONS = {
    "fr": ["Enregistrer", "Ne pas tenir compte", "Annuler"],
    "es": ["Guardar", "Descartar", "Cancelar"],
    "ar": ["احفظ", "ارفض", "ألغِ"],
    "ru": ["Сохранить", "Отклонить", "Отмена"],
    "zh": ["保存", "丢弃", "取消"],
}
# Menu texts that are the same word in a language (not a forgotten translation).
SAME_AS_ENGLISH = {"For&mat", "&Licences"}  # French: the same words


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Switch the interface language (as View > Language does); English again afterwards."""

    def switch(code: str) -> str:
        shown = apply_language(code)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return shown

    yield switch
    switch("en")


def _menus(window: Any) -> list[QMenu]:
    """Every menu of the window, sub-menus included."""
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        walk(action.menu())
    return found


def _mnemonics(texts: list[str]) -> list[str]:
    keys = [QKeySequence.mnemonic(text).toString() for text in texts]
    return [key for key in keys if key]


def _repeated(keys: list[str]) -> set[str]:
    return {key for key in keys if keys.count(key) > 1}


@pytest.mark.parametrize("code", TRANSLATED)
def test_title_menus_and_word_count_speak_the_language(
    window: Any, speak: Callable[[str], str], code: str
) -> None:
    def menu_texts() -> list[list[str]]:
        return [[action.text() for action in menu.actions()] for menu in _menus(window)]

    english = menu_texts()
    assert speak(code) == code
    file_menu, app_name, untitled, words = EXPECTED[code]
    assert window.menuBar().actions()[0].text() == file_menu
    assert window.windowTitle() == f"{untitled}[*] - {app_name}" or (
        code == "ru" and window.windowTitle() == f"{untitled}[*] — {app_name}"
    )
    assert QApplication.applicationDisplayName() == app_name
    assert window.word_count_label.text().endswith(words)
    assert window.word_count_label.accessibleName() == window.word_count_label.text()
    untranslated = [
        text
        for before, after in zip(english, menu_texts(), strict=True)
        for text, was in zip(after, before, strict=True)
        if text
        and text == was
        and text not in SAME_AS_ENGLISH
        and text not in LANGUAGES.values()  # each language named in itself
    ]
    assert untranslated == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_save_prompt_speaks_the_language(speak: Callable[[str], str], code: str) -> None:
    speak(code)
    box = save_changes_box(None, "ECPAT.json")
    try:
        buttons = [
            box.button(button).text().replace("&", "")
            for button in (
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
        ]
        assert buttons == STANDARD_BUTTONS[code]
        assert "ECPAT.json" in box.text()
        assert "Save the changes" not in box.text()
        assert box.windowTitle() != "Unsaved Changes"
    finally:
        box.deleteLater()


def test_arabic_mirrors_the_window_but_fields_keep_their_text_direction(
    window: Any, speak: Callable[[str], str]
) -> None:
    submission = Submission(organisation="ECPAT International")
    submission.areas[0].programmes = [Programme(name="Make-IT-Safe", summary="حماية الأطفال")]
    window.document.replace(submission, None)
    speak("ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.menuBar().isRightToLeft()
    menus_x = [window.menuBar().actionGeometry(a).x() for a in window.menuBar().actions()]
    assert menus_x == sorted(menus_x, reverse=True)  # File at the right, Help at the left
    window.show_field(FieldPath("name", 0, 0))
    name = window.pages[1].field_widget(FieldPath("name", 0, 0))
    assert isinstance(name, FieldLineEdit)
    name.setCursorPosition(0)
    start = name.cursorRect().x()
    name.end(False)
    assert name.cursorRect().x() > start  # Latin text still runs left to right
    summary = window.pages[1].field_widget(FieldPath("summary", 0, 0))
    assert isinstance(summary, RichTextEdit)
    assert summary.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    summary.setPlainText("Make-IT-Safe")
    assert summary.document().firstBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    speak("fr")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert not window.isRightToLeft()


def test_switching_live_retranslates_open_tabs_menus_and_dock(
    window: Any, speak: Callable[[str], str]
) -> None:
    submission = Submission()
    submission.areas[0].programmes = [Programme(name="P", summary="S")]
    window.document.replace(submission, None)
    window.tabs.setCurrentIndex(1)
    window.check_submission()
    window.document.set_field(FieldPath("name", 0, 0), "Make-IT-Safe")
    editor = window.pages[1].editors[0]
    french = window.commands.languages.actions["fr"]
    french.trigger()  # View > Language > Français
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        assert current_language() == "fr"
        assert settings.language() == "fr"  # remembered
        assert french.isChecked()
        assert window.tabs.tabText(1) == "1 Sensibilisation du public"
        assert window.tabs.tabText(0) == "Organisation"
        assert window.tabs.tabBar().accessibleTabName(1).startswith("Domaine 1 : ")
        assert editor.title() == "Programme 1"
        assert editor.labels["name"].text() == "&Nom du programme lié au domaine 1 :"
        # What the screen shows: the label (the area has one programme).
        assert editor.fields["name"].accessibleName() == "Nom du programme lié au domaine 1 :"
        assert editor.buttons[2].text() == "S&upprimer le programme"
        assert window.pages[1].add_button.text() == "A&jouter un programme"
        assert window.commands.undo.text() == "&Annuler : Saisie dans nom"
        assert window.problems.windowTitle() == "Problèmes"
        texts = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
        assert texts[0] == "L'organisation partenaire n'est pas nommée."
        assert window.commands.save.statusTip() == "Enregistrer le brouillon"
        assert window.commands.save.toolTip().startswith("Enregistrer (")
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&Fichier", "É&dition"]
        window.commands.languages.actions[""].trigger()  # back to the system's (English here)
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert settings.language() == ""
        assert window.tabs.tabText(1) == "1 Public awareness"
        assert editor.labels["name"].text() == "&Name of the program related to Area 1 :"
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        settings.set_language("")


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_no_mnemonic_twice_in_a_menu_or_on_a_page(
    window: Any, speak: Callable[[str], str], code: str
) -> None:
    window.document.replace(Submission(), None)
    speak(code)
    for menu in _menus(window):
        menu.aboutToShow.emit()  # Open Recent fills itself as it opens
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert _repeated(_mnemonics(texts)) == set(), (menu.title(), texts)
    bar = [action.text() for action in window.menuBar().actions()]
    window.find_bar.open_replace()  # the find bar's keys count too, while it is open

    def shown(parent: QWidget) -> list[str]:
        return [
            widget.text()
            for widget in parent.findChildren(QWidget)
            if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisibleTo(parent)
        ]

    for index in (0, 1):  # the organisation page, an area page with one programme card
        window.tabs.setCurrentIndex(index)
        page = window.pages[index]
        texts = shown(page) + shown(window.find_bar)
        texts += [box.title() for box in page.findChildren(QGroupBox)]
        keys = _mnemonics(bar + texts)
        assert _repeated(keys) == set(), (code, bar, texts)
        assert len(_mnemonics(texts)) == (7 if index == 0 else 13)  # every label has its key


def test_a_missing_translation_falls_back_to_english_with_one_warning(
    window: Any, speak: Callable[[str], str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="copeditor"):
        assert apply_language("ru", folder=tmp_path) == "en"
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert len(caplog.records) == 1
    assert "shown in English" in caplog.records[0].getMessage()
    assert "\n" not in caplog.records[0].getMessage()
    assert window.menuBar().actions()[0].text() == "&File"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_qm_file_missing_beside_its_ts_is_built_at_run_time(
    speak: Callable[[str], str], tmp_path: Path
) -> None:
    """An installed wheel carries the .ts files: the .qm is built from it into the cache."""
    shutil.copy(translations_dir() / "copeditor_es.ts", tmp_path)
    assert apply_language("es", folder=tmp_path) == "es"
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert QApplication.translate("WindowActions", "&File") == "&Archivo"


def test_the_language_comes_from_the_option_then_the_settings_then_the_system(
    speak: Callable[[str], str],
) -> None:
    try:
        create_application("zh")
        assert current_language() == "zh"
        settings.set_language("ru")
        create_application()
        assert current_language() == "ru"
        create_application("es")  # --language wins over the remembered choice
        assert current_language() == "es"
    finally:
        settings.set_language("")


def test_the_menu_shows_the_language_shown(window: Any, speak: Callable[[str], str]) -> None:
    """--language for one session: the Language menu ticks it, the choice stays as it was."""
    speak("ru")
    window.commands.retranslate()
    assert window.commands.languages.actions["ru"].isChecked()
    assert settings.language() == ""
    speak("en")
    window.commands.retranslate()
    assert window.commands.languages.actions[""].isChecked()  # the system's (English here)


def test_chinese_and_arabic_have_fonts(speak: Callable[[str], str]) -> None:
    """Glyphs, not boxes, even on a machine without such fonts: the fonts shipped for the PDF
    are given to Qt when the interface speaks Chinese or Arabic."""
    for code, system in (
        ("zh", QFontDatabase.WritingSystem.SimplifiedChinese),
        ("ar", QFontDatabase.WritingSystem.Arabic),
    ):
        speak(code)
        assert QFontDatabase.families(system), system
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()


def test_f1_help_and_tooltips_follow_the_language(window: Any, speak: Callable[[str], str]) -> None:
    speak("es")
    window.show_field(FieldPath("website", 0, 0))
    website = QApplication.focusWidget()
    assert website.toolTip() == "La dirección web del programa, que empiece por http:// o https://."
    assert website.whatsThis().startswith("Sitio web:")
    assert website.accessibleDescription() == website.toolTip()


def test_the_preview_panel_follows_the_language(qtbot: Any, speak: Callable[[str], str]) -> None:
    from copeditor.ui.preview.panel import FIT_WIDTH, PreviewPanel

    panel = PreviewPanel()
    qtbot.addWidget(panel)
    speak("fr")
    assert panel.zoom_box.itemText(FIT_WIDTH) == "Pleine largeur"
    assert panel.page_label.text() == "Aucune page pour l'instant"
    assert panel.next_button.accessibleName() == "Page suivante (Page suiv.)"
    speak("en")
    assert panel.zoom_box.itemText(FIT_WIDTH) == "Fit Width"
