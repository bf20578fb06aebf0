"""Every dialog the editor shows, in one package, so tests can replace them all.

Messages are shown as plain text: file and organisation names are user text and must never be
read as HTML.
"""

from copeditor.ui.dialogs.choices import (
    COMPILE_FILTER,
    DRAFT_FILTER,
    IMPORT_FILTERS,
    PDF_FILTER,
    TEXT_FORM_FILTER,
    WORD_FILTER,
    AfterExport,
    CompileRequest,
    RecoveryChoice,
    SaveChoice,
)
from copeditor.ui.dialogs.forms import (
    ask_compile,
    ask_email_settings,
    ask_link,
    choose_recovery,
    show_guide,
    show_report,
)
from copeditor.ui.dialogs.messages import (
    ask_print,
    ask_save_changes,
    confirm,
    offer_exported_pdf,
    open_path,
    save_path,
    show_error,
    show_information,
)

__all__ = [
    "COMPILE_FILTER",
    "DRAFT_FILTER",
    "IMPORT_FILTERS",
    "PDF_FILTER",
    "TEXT_FORM_FILTER",
    "WORD_FILTER",
    "AfterExport",
    "CompileRequest",
    "RecoveryChoice",
    "SaveChoice",
    "ask_compile",
    "ask_email_settings",
    "ask_link",
    "ask_print",
    "ask_save_changes",
    "choose_recovery",
    "confirm",
    "offer_exported_pdf",
    "open_path",
    "save_path",
    "show_error",
    "show_guide",
    "show_information",
    "show_report",
]
