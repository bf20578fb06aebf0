"""Bad Word input: one line, exit 2, nothing written; zip bombs and XML entities refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from copeditor.cli import main
from copeditor.formats.docx import WordFileError, read_word_bytes
from copeditor.formats.docx import package as docx_package
from tests.docxtools import NAMESPACES, make_docx, minimal_form, p

DOCX = Path(__file__).parent / "data" / "docx"


def import_fails(source: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Run `copeditor import`, check it failed cleanly, and return its one line."""
    output = source.parent / "draft.json"
    output.write_text("the user's earlier draft", encoding="utf-8")
    assert main(["import", str(source), "-o", str(output)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, lines
    assert output.read_text(encoding="utf-8") == "the user's earlier draft"
    left = sorted(x.name for x in source.parent.iterdir() if x.is_file())
    assert left == sorted(["draft.json", source.name])
    return lines[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty.docx: is empty"),
        (b"Name of the Partner Organization: Org\n", "is not a Word document (.docx)"),
        (b"{\\rtf1\\ansi Hello}", "is a Rich Text (.rtf) file; save it as .docx"),
        (b"PK\x03\x04 truncated", "is not a Word document (.docx)"),
    ],
)
def test_files_that_are_not_word_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "empty.docx"
    source.write_bytes(content)
    assert message in import_fails(source, capsys)


def test_an_old_doc_file_made_by_libreoffice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "summary.doc"
    source.write_bytes((DOCX / "word-97-2003.doc").read_bytes())
    assert import_fails(source, capsys) == (
        "copeditor: summary.doc: Word 97\u20132003 .doc files cannot be read; save it as .docx"
    )


def test_a_password_protected_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "secret.docx"
    source.write_bytes((DOCX / "password-protected.docx").read_bytes())
    line = import_fails(source, capsys)
    assert line.startswith("copeditor: secret.docx: is protected by a password;")


def test_a_word_document_without_the_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "letter.docx"
    source.write_bytes(make_docx(p("Dear colleagues,") + p("Area 1 is important.")))
    line = import_fails(source, capsys)
    assert "letter.docx: has none of the form's labels" in line


def test_other_zip_files_and_opendocument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    source = tmp_path / "summary.docx"
    source.write_bytes(buffer.getvalue())
    assert "is an OpenDocument file (.odt); save it as .docx" in import_fails(source, capsys)


def test_a_damaged_part_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _replace_part(make_docx(minimal_form()), "word/document.xml", b"<w:document")
    source = tmp_path / "broken.docx"
    source.write_bytes(data)
    assert "broken.docx: is damaged and cannot be read" in import_fails(source, capsys)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 2 GB of zeros would take minutes to build; the same part over a lowered limit is the
    # same check. The real limit is tested against the declared size below.
    monkeypatch.setattr(docx_package, "MAX_PART_SIZE", 1_000_000)
    padding = b"<!-- " + b"0" * 5_000_000 + b" -->"
    data = _replace_part(
        make_docx(minimal_form()),
        "word/document.xml",
        b'<?xml version="1.0"?><w:document ' + NAMESPACES.encode() + b"/>" + padding,
    )
    assert len(data) < 100_000  # it packs small, which is what makes it a bomb
    source = tmp_path / "bomb.docx"
    source.write_bytes(data)
    line = import_fails(source, capsys)
    assert "bomb.docx: unpacks to more than" in line and "refused as unsafe" in line


def test_declared_sizes_are_checked_against_the_real_limits() -> None:
    data = bytearray(make_docx(minimal_form()))
    # Claim that word/document.xml unpacks to 3 GB, as a crafted bomb would.
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = int.from_bytes(data[central + 28 : central + 30], "little")
        name = bytes(data[central + 46 : central + 46 + name_length])
        if name == b"word/document.xml":
            data[central + 24 : central + 28] = (3 * 1024**3).to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    with pytest.raises(WordFileError, match="refused as unsafe"):
        read_word_bytes(bytes(data), "bomb.docx")


def test_external_entities_are_never_resolved_or_fetched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "entities.docx"
    source.write_bytes(_leaking_document(tmp_path))
    line = import_fails(source, capsys)
    assert "word/document.xml declares XML entities" in line
    assert "PASSWORD-123" not in line


def test_behind_the_refusal_the_parser_does_not_resolve_entities_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_package, "check_package", lambda data, name: None)
    result = read_word_bytes(_leaking_document(tmp_path), "entities.docx")
    assert "PASSWORD" not in result.submission.organisation


def _leaking_document(tmp_path: Path) -> bytes:
    secret = tmp_path / "elsewhere" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("PASSWORD-123", encoding="utf-8")
    prolog = f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "file://{secret}">]>'
    return make_docx(p("Name of the Partner Organization: X&leak;"), prolog=prolog)


def test_entities_in_utf16_parts_are_refused_too() -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x/>'
    data = _replace_part(make_docx(minimal_form()), "word/settings.xml", xml.encode("utf-16-le"))
    with pytest.raises(WordFileError, match="word/settings.xml declares XML entities"):
        read_word_bytes(data, "t.docx")


def test_a_missing_file_and_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nowhere.docx"), "-o", str(tmp_path / "d.json")]) == 2
    assert "nowhere.docx: cannot be opened:" in capsys.readouterr().err
    folder = tmp_path / "folder.docx"
    folder.mkdir()
    assert main(["import", str(folder), "-o", str(tmp_path / "d.json")]) == 2
    assert "folder.docx: cannot be opened:" in capsys.readouterr().err
    assert not (tmp_path / "d.json").exists()


def test_a_file_too_large_to_be_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_package, "MAX_FILE_SIZE", 1000)
    source = tmp_path / "big.docx"
    source.write_bytes(make_docx(minimal_form()))
    assert "big.docx: is too large for a Word document" in import_fails(source, capsys)


def _replace_part(data: bytes, member: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            payload = content if info.filename == member else source.read(info.filename)
            target.writestr(info.filename, payload)
    return out.getvalue()
