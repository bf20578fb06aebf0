"""Any file a partner may send, read into a Submission: drafts, hybrid PDFs, text forms, emails.

Above storage and formats (it uses both); below the editor and the command line, which call it.

The names below load on first use (PEP 562): the editor imports this package at start-up for
`InputError` and the import table, and reading PDFs would otherwise bring in reportlab there
(about 150 ms before the window could appear).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from copeditor.inputs.errors import InputError

if TYPE_CHECKING:
    from copeditor.inputs.pdf_draft import MAX_PDF_BYTES, pdf_draft_from_bytes, read_pdf_draft
    from copeditor.inputs.readers import READERS, find_inputs, read_submission

_LAZY = {
    "MAX_PDF_BYTES": "copeditor.inputs.pdf_draft",
    "pdf_draft_from_bytes": "copeditor.inputs.pdf_draft",
    "read_pdf_draft": "copeditor.inputs.pdf_draft",
    "READERS": "copeditor.inputs.readers",
    "find_inputs": "copeditor.inputs.readers",
    "read_submission": "copeditor.inputs.readers",
}

__all__ = [
    "MAX_PDF_BYTES",
    "READERS",
    "InputError",
    "find_inputs",
    "pdf_draft_from_bytes",
    "read_pdf_draft",
    "read_submission",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once loaded, an ordinary attribute
    return value
