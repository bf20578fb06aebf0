"""The text form: the template as Markdown, as partners' Word documents convert to it."""

from copeditor.formats.textform.reader import ImportNotice, ImportResult, read_text_form
from copeditor.formats.textform.writer import write_text_form

__all__ = ["ImportNotice", "ImportResult", "read_text_form", "write_text_form"]
