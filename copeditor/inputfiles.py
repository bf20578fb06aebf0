"""Read a file the user names (draft, text form, Word document): regular files only, size capped.

One limit for every input, checked before anything is read: a FIFO would block the reader for
ever, a device (/dev/zero) would fill memory, and a file bigger than any draft can be is a
wrong file. It imports nothing of ours, so every layer may use it.
"""

from __future__ import annotations

import os
from pathlib import Path

from copeditor.atomicfile import non_regular_kind

# The largest file read as a draft, text form or Word document. A real draft is well under
# 1 MB; the editor refuses to save a bigger draft than this, so every draft it writes opens.
MAX_INPUT_BYTES = 16_000_000


class InputFileError(Exception):
    """The file cannot be read as an input; str(error) is one line (without the file name)."""


class InputTooLargeError(InputFileError):
    """The file is over the size limit; nothing of it was read."""


def describe_os_error(error: OSError) -> str:
    reason = error.strerror or str(error) or type(error).__name__
    return reason[0].lower() + reason[1:]


def _too_large(size: int) -> str:
    return (
        f"is too large ({size / 1e6:.1f} MB; the limit for a draft, text form or document is "
        f"{MAX_INPUT_BYTES / 1e6:.0f} MB)"
    )


def read_input_bytes(path: Path | str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; else InputFileError."""
    path = Path(path)
    try:
        kind = non_regular_kind(os.stat(path).st_mode)  # follows symlinks: a link to a file is fine
        if kind:
            raise InputFileError(kind)
        # Non-blocking: if a FIFO took the file's place since the check, opening it must not
        # wait for a writer. The fstat below then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise InputFileError(f"cannot be opened: {describe_os_error(error)}") from None
    try:
        status = os.fstat(fd)
        kind = non_regular_kind(status.st_mode)
        if kind:
            raise InputFileError(kind)
        if status.st_size > limit:
            raise InputTooLargeError(_too_large(status.st_size))
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputFileError(f"cannot be read: {describe_os_error(error)}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:  # it grew while we read it
        raise InputTooLargeError(_too_large(len(data)))
    return data
