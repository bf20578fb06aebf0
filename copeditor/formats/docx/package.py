"""Open a .docx safely: recognise what is not one, and refuse zip bombs and XML with a document
type declaration (external entities) before python-docx parses anything."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document

MEGABYTE = 1024 * 1024
MAX_FILE_SIZE = 50 * MEGABYTE  # a long summary with photos is a few megabytes
MAX_PART_SIZE = 100 * MEGABYTE  # uncompressed, one part (document.xml, an image)
MAX_TOTAL_SIZE = 250 * MEGABYTE  # uncompressed, all parts
MAX_PARTS = 10_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 files, and encrypted .docx
_DOCTYPE = [
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
]


class WordFileError(Exception):
    """The file cannot be imported; str(error) is one line naming the file and the reason."""


def read_file_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise WordFileError(
                f"{path.name}: is too large for a Word document ({size // MEGABYTE} MB; "
                f"the limit is {MAX_FILE_SIZE // MEGABYTE} MB)"
            )
        return path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise WordFileError(f"{path.name}: cannot be opened: {reason}") from None


def open_document(data: bytes, name: str) -> Document:
    """The python-docx Document of `data`, or WordFileError saying why it is not one."""
    check_package(data, name)
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # a damaged file can fail anywhere inside the library
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise WordFileError(f"{name}: is damaged and cannot be read ({reason})") from None


def check_package(data: bytes, name: str) -> None:
    if not data:
        raise WordFileError(f"{name}: is empty")
    if data.startswith(_OLE_MAGIC):
        raise WordFileError(f"{name}: {_ole_problem(data)}")
    if data.lstrip().startswith(b"{\\rtf"):
        raise WordFileError(f"{name}: is a Rich Text (.rtf) file; save it as .docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise WordFileError(f"{name}: is not a Word document (.docx)") from None
    with archive:
        _check_sizes(archive, name)
        names = set(archive.namelist())
        if "mimetype" in names and archive.read("mimetype").startswith(b"application/vnd.oasis"):
            raise WordFileError(f"{name}: is an OpenDocument file (.odt); save it as .docx")
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise WordFileError(f"{name}: is a zip file, not a Word document (.docx)")
        content_types = _read(archive, "[Content_Types].xml", name)
        if b"macroEnabled" in content_types or b"template.main" in content_types:
            raise WordFileError(
                f"{name}: is a Word template or macro-enabled file; "
                "save it as a Word Document (.docx)"
            )
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                _check_xml(_read(archive, info.filename, name), info.filename, name)


def _ole_problem(data: bytes) -> str:
    """Why a compound (OLE) file cannot be read: encrypted .docx, old .doc, or something else."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (
            "is protected by a password; open it in Word, remove the password "
            "(File > Info > Protect Document) and save it again"
        )
    if "WordDocument".encode("utf-16-le") in data:
        return "Word 97\u20132003 .doc files cannot be read; save it as .docx"
    return "is not a Word document (.docx)"


def _check_sizes(archive: zipfile.ZipFile, name: str) -> None:
    # zipfile stops reading a part at its declared size (and then fails its checksum), so the
    # declared sizes bound what decompression can produce.
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise WordFileError(f"{name}: has too many parts ({len(infos)}) for a Word document")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART_SIZE or total > MAX_TOTAL_SIZE:
            raise WordFileError(
                f"{name}: unpacks to more than {MAX_TOTAL_SIZE // MEGABYTE} MB or has a part over "
                f"{MAX_PART_SIZE // MEGABYTE} MB ({info.filename}); it is refused as unsafe"
            )


def _read(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    try:
        return archive.read(member)
    except (zipfile.BadZipFile, ValueError, NotImplementedError, OSError, EOFError) as error:
        raise WordFileError(f"{name}: is damaged and cannot be read ({error})") from None


def _check_xml(data: bytes, member: str, name: str) -> None:
    # Word never writes a document type declaration; one can only be there to make a parser
    # expand entities or fetch files, so the whole file is refused before anything parses it.
    if any(marker in data for marker in _DOCTYPE):
        raise WordFileError(
            f"{name}: {member} declares XML entities, which Word documents never do; "
            "it is refused as unsafe"
        )
