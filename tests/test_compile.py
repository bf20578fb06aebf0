"""The compiled report: mixed inputs, both groupings, contents and bookmarks read back with pypdf,
the CSV overview, duplicates, the order of names, and skipped files."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from copeditor.compile import (
    CompileCancelled,
    CompileOptions,
    NothingToCompileError,
    compile_report,
    overview_csv,
)
from copeditor.formats.pdf import pdf_bytes
from copeditor.formats.textform import write_text_form
from copeditor.model import Programme, Submission
from copeditor.storage import save_draft
from tests.pdftools import image_count
from tests.test_cli import run

DAY = date(2026, 11, 29)


def named(ecpat: Submission, name: str, day: int = 1) -> Submission:
    return ecpat.model_copy(
        update={"organisation": name, "last_modified": datetime(2026, 1, day, tzinfo=UTC)}
    )


@pytest.fixture
def inputs(tmp_path: Path, ecpat: Submission) -> Path:
    """A folder as the secretariat's inbox: a draft, a PDF, a text form and an email."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    save_draft(named(ecpat, "Zonta International"), folder / "zonta.json")
    (folder / "ecpat.pdf").write_bytes(pdf_bytes(named(ecpat, "ECPAT International")))
    (folder / "edu.md").write_text(
        write_text_form(named(ecpat, "Éducation Sans Frontières")), encoding="utf-8"
    )
    message = EmailMessage()
    message["Subject"] = "Summary"
    message.set_content("Attached.")
    pdf = pdf_bytes(named(ecpat, "Детская линия"))
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="s.pdf")
    (folder / "mail.eml").write_bytes(message.as_bytes())
    (folder / "notes.txt").write_text("not an input", encoding="utf-8")
    return folder


ORDER = ["ECPAT International", "Éducation Sans Frontières", "Zonta International", "Детская линия"]


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def visit(items: list, level: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                visit(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item)))

    visit(reader.outline, 0)
    return found


def contents_lines(reader: PdfReader) -> list[tuple[str, int]]:
    """(name, page number) of each contents line; each number is drawn from a form, which text
    extraction gives after the name."""
    lines, name = [], None
    for line in reader.pages[1].extract_text().splitlines()[1:]:
        line = line.strip()
        if line.isdigit() and name is not None:
            lines.append((name, int(line)))
            name = None
        elif line and not set(line) <= {".", " "} and not line.startswith(("Page ", "Contents")):
            name = line
    return lines


def link_targets(reader: PdfReader, page_index: int) -> list[int]:
    page_numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    targets = []
    for annotation in reader.pages[page_index].get("/Annots", []):
        destination = annotation.get_object()["/Dest"]
        targets.append(page_numbers[destination[0].idnum])
    return targets


def test_by_partner_from_mixed_inputs(inputs: Path) -> None:
    result = compile_report([inputs], CompileOptions(day=DAY))
    assert [entry.organisation for entry in result.entries] == ORDER
    assert [entry.source.suffix for entry in result.entries] == [".pdf", ".md", ".json", ".eml"]
    assert result.skipped == [] and result.left_out == []
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages

    cover = reader.pages[0].extract_text()
    assert "29 November 2026" in cover and "4 partner organisations" in cover

    # Contents: each line's number is the page where that partner's section starts, and the
    # line links there.
    lines = contents_lines(reader)
    assert [name for name, _ in lines] == ORDER
    for name, number in lines:
        page_text = reader.pages[number - 1].extract_text()
        assert f"Name of the Partner Organization: {name}" in page_text
    assert link_targets(reader, 1) == [number - 1 for _, number in lines]

    # Bookmarks: contents, then each partner with its areas, then programmes, one level down.
    marks = outline(reader)
    assert marks[0] == (0, "Contents", 1)
    partners = [(title, page) for level, title, page in marks if level == 0][1:]
    assert partners == [(name, number - 1) for name, number in lines]
    assert (1, "Area 1: Public awareness", lines[0][1] - 1) in marks
    assert any(level == 2 for level, _, _ in marks)

    # Footer: the section and "Page X of Y" on every page.
    total = len(reader.pages)
    second_page_of_edu = reader.pages[lines[1][1]].extract_text()
    footer = rf"Page {lines[1][1] + 1} of\s+Éducation Sans Frontières\s+{total}\s*$"
    assert re.search(footer, second_page_of_edu), second_page_of_edu[-200:]


def test_by_area_lists_every_partner_under_each_area(inputs: Path) -> None:
    result = compile_report([inputs], CompileOptions(by="area", day=DAY))
    reader = PdfReader(io.BytesIO(result.pdf))
    marks = outline(reader)
    areas = [title for level, title, _ in marks if level == 0]
    assert areas[0] == "Contents" and len(areas) == 6 and areas[1].startswith("Area 1:")
    area_one = marks.index((0, areas[1], marks[1][2]))
    partners = [title for level, title, _ in marks[area_one + 1 :] if level == 1][:4]
    assert partners == ORDER
    # Area 4 has no programme in the sample: the section says so.
    area_four_page = next(page for level, title, page in marks if title.startswith("Area 4"))
    assert "No partner described a programme" in reader.pages[area_four_page].extract_text()
    # Contents entries for areas and partners point at their pages.
    targets = link_targets(reader, 1)
    assert targets[0] == marks[1][2]
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in ORDER:
        assert text.count(name) >= 5


def test_csv_has_one_row_per_programme_and_opens_as_utf8(inputs: Path) -> None:
    result = compile_report([inputs], CompileOptions(day=DAY))
    data = overview_csv(result.entries)
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets read the byte-order mark as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    programmes = sum(
        1 for area in result.entries[0].submission.areas for p in area.programmes if p.name
    )
    assert len(rows) == programmes * 4
    first = rows[0]
    assert first["Organisation"] == "ECPAT International"
    assert first["Area number"] == "1" and first["Source file"].endswith("ecpat.pdf")
    assert int(first["Words in summary"]) > 100
    assert {row["Organisation"] for row in rows} == set(ORDER)


def test_csv_cells_never_become_formulas(tmp_path: Path) -> None:
    submission = Submission(organisation='=HYPERLINK("http://x")')
    submission.areas[0].programmes.append(Programme(name="+1 campaign", summary="words"))
    save_draft(submission, tmp_path / "a.json")
    result = compile_report([tmp_path], CompileOptions(day=DAY))
    row = next(csv.DictReader(io.StringIO(overview_csv(result.entries).decode("utf-8-sig"))))
    assert row["Organisation"].startswith("'=") and row["Programme"] == "'+1 campaign"


def test_the_newest_submission_of_an_organisation_is_kept(
    tmp_path: Path, ecpat: Submission
) -> None:
    save_draft(named(ecpat, "ECPAT International", day=1), tmp_path / "old.json")
    save_draft(named(ecpat, "ecpat  international", day=9), tmp_path / "new.json")
    result = compile_report([tmp_path], CompileOptions(day=DAY))
    assert [entry.source.name for entry in result.entries] == ["new.json"]
    assert [str(item) for item in result.left_out] == [
        "old.json: left out: ECPAT International is also in new.json, which is newer "
        "(use --keep-all to keep both)"
    ]
    result = compile_report([tmp_path], CompileOptions(keep_all=True, day=DAY))
    assert len(result.entries) == 2 and result.left_out == []


def test_names_sort_as_people_expect(tmp_path: Path) -> None:
    names = ["zeta", "Ángel", "apple", "Zulu", "émile", "Eagle", "Бета", "Альфа"]
    for number, name in enumerate(names):
        submission = Submission(organisation=name)
        submission.areas[0].programmes.append(Programme(name="P", summary="S"))
        save_draft(submission, tmp_path / f"{number}.json")
    result = compile_report([tmp_path], CompileOptions(day=DAY))
    assert [entry.organisation for entry in result.entries] == [
        "Ángel", "apple", "Eagle", "émile", "zeta", "Zulu", "Альфа", "Бета",
    ]  # fmt: skip


def test_bad_files_are_skipped_and_listed(inputs: Path) -> None:
    (inputs / "broken.json").write_text("{", encoding="utf-8")
    (inputs / "foreign.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = compile_report([inputs], CompileOptions(day=DAY))
    assert len(result.entries) == 4
    assert [str(item).split(":")[0] for item in result.skipped] == ["broken.json", "foreign.pdf"]


def test_compile_command_reports_skipped_files_and_exits_1(inputs: Path, tmp_path: Path) -> None:
    (inputs / "broken.json").write_text("{", encoding="utf-8")
    report, overview = tmp_path / "report.pdf", tmp_path / "overview.csv"
    result = run("compile", inputs, "-o", report, "--csv", overview, "--title", "COP 2026")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "copeditor: broken.json: is not a draft (not valid JSON: Expecting property name "
        "enclosed in double quotes at line 1)",
        "copeditor: 1 file skipped",
    ]
    assert result.stdout == "report.pdf: 4 submissions, " + result.stdout.split(", ")[1]
    reader = PdfReader(report)
    assert reader.metadata is not None and reader.metadata.title == "COP 2026"
    assert "COP 2026" in reader.pages[0].extract_text()
    assert overview.read_bytes().startswith(b"\xef\xbb\xbfOrganisation,")


def test_compile_command_by_area_exits_0_and_skips_its_own_report(inputs: Path) -> None:
    report = inputs / "report.pdf"
    for _ in range(2):  # the second run must not read the first report as an input
        result = run("compile", inputs, "-o", report, "--by", "area")
        assert (result.returncode, result.stderr) == (0, "")


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(NothingToCompileError, match=r"could be read \(1 file skipped\)"):
        compile_report([tmp_path])
    result = run("compile", tmp_path / "none.json", "-o", tmp_path / "r.pdf")
    assert result.returncode == 2 and not (tmp_path / "r.pdf").exists()
    assert result.stderr.splitlines() == [
        "copeditor: none.json: cannot be opened: no such file or directory",
        "copeditor: no submission could be read (1 file skipped)",
    ]


def test_cancel_stops_the_compile(inputs: Path) -> None:
    seen = []
    with pytest.raises(CompileCancelled):
        compile_report([inputs], progress=seen.append, cancelled=lambda: len(seen) > 3)
    assert seen[0].stage == "reading"


def test_worker_processes_give_the_same_report(inputs: Path) -> None:
    alone = compile_report([inputs], CompileOptions(day=DAY, workers=0))
    shared = compile_report([inputs], CompileOptions(day=DAY, workers=2))
    assert shared.pdf == alone.pdf


def test_names_are_text_everywhere_in_the_report(tmp_path: Path) -> None:
    hostile = 'Kids & <b>Co</b> <img src="/etc/passwd"/> <font color="red">'
    for number, name in enumerate([hostile, "منظمة الطفولة", "儿童保护协会"]):
        submission = Submission(organisation=name)
        submission.areas[0].programmes.append(Programme(name=name, summary=f"About {name}"))
        save_draft(submission, tmp_path / f"{number}.json")
    result = compile_report([tmp_path], CompileOptions(day=DAY))
    reader = PdfReader(io.BytesIO(result.pdf))
    names = [name for name, _ in contents_lines(reader)]
    assert names[0] == hostile and len(names) == 3
    assert hostile in [title for _, title, _ in outline(reader)]
    assert image_count(result.pdf) == 0
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1].split("-")[0]
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert fonts == {"DejaVuSans", "WenQuanYiMicroHei"}


def test_word_documents_are_inputs_too(tmp_path: Path, ecpat: Submission) -> None:
    from copeditor.formats.docx import WordOptions, word_bytes

    (tmp_path / "unicef.docx").write_bytes(word_bytes(named(ecpat, "UNICEF"), WordOptions()))
    save_draft(named(ecpat, "ECPAT International"), tmp_path / "ecpat.json")
    result = compile_report([tmp_path], CompileOptions(day=DAY))
    assert [entry.organisation for entry in result.entries] == ["ECPAT International", "UNICEF"]
    assert result.skipped == []
