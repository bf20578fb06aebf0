"""The text form: the template as Markdown, as partners' Word documents convert to it."""

from copeditor.formats.textform.reader import (
    ImportNotice,
    ImportResult,
    TextFormFileError,
    TextFormLimitError,
    read_text_form,
    read_text_form_file,
)
from copeditor.formats.textform.writer import write_text_form

__all__ = [
    "ImportNotice",
    "ImportResult",
    "TextFormFileError",
    "TextFormLimitError",
    "read_text_form",
    "read_text_form_file",
    "write_text_form",
]
