"""Word documents (.docx): import a filled-in form, export a draft in the template's styles."""

from copeditor.formats.docx.package import WordFileError
from copeditor.formats.docx.reader import WordImportResult, read_word_bytes, read_word_file
from copeditor.formats.docx.writer import WordOptions, word_bytes

# Files the import hands to this package (an old .doc gets its own clear refusal).
WORD_SUFFIXES = (".docx", ".doc", ".docm", ".dotx")

__all__ = [
    "WORD_SUFFIXES",
    "WordFileError",
    "WordImportResult",
    "WordOptions",
    "read_word_bytes",
    "read_word_file",
    "word_bytes",
]
