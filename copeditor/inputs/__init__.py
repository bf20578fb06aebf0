"""Any file a partner may send, read into a Submission: drafts, hybrid PDFs, text forms, emails.

Above storage and formats (it uses both); below the editor and the command line, which call it.
"""

from copeditor.inputs.errors import InputError
from copeditor.inputs.pdf_draft import MAX_PDF_BYTES, pdf_draft_from_bytes, read_pdf_draft
from copeditor.inputs.readers import READERS, find_inputs, read_submission

__all__ = [
    "MAX_PDF_BYTES",
    "READERS",
    "InputError",
    "find_inputs",
    "pdf_draft_from_bytes",
    "read_pdf_draft",
    "read_submission",
]
