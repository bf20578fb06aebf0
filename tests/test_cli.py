"""The command line, run as a user runs it: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from copeditor.model import Programme, Submission
from copeditor.storage import load_draft, save_draft
from tests.conftest import ECPAT_MD


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "copeditor", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_import_then_export_the_ecpat_sample(tmp_path: Path) -> None:
    draft = tmp_path / "ecpat.json"
    result = run("import", ECPAT_MD, "-o", draft)
    assert (result.returncode, result.stderr) == (0, "")
    assert load_draft(draft).organisation == "ECPAT International"
    text_form = tmp_path / "ecpat.md"
    assert run("export", draft, "-o", text_form).returncode == 0
    assert text_form.read_text(encoding="utf-8").startswith("**COP Partners' Ongoing")


def test_validate_exit_codes(tmp_path: Path) -> None:
    complete = Submission(organisation="Org")
    complete.areas[0].programmes.append(Programme(name="P", summary="S"))
    save_draft(complete, tmp_path / "complete.json")
    assert run("validate", tmp_path / "complete.json").returncode == 0

    save_draft(Submission(), tmp_path / "empty.json")
    result = run("validate", tmp_path / "empty.json")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "The partner organisation is not named.",
        "No action area is answered: describe at least one programme.",
    ]

    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert run("validate", tmp_path / "broken.json").returncode == 2


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "missing.json"),
        ("export", "missing.json", "-o", "out.md"),
        ("import", "missing.md", "-o", "out.json"),
        ("import", "in.md"),  # no -o
        ("export", "draft.json", "-o", "out.xyz"),
        ("frobnicate-not-a-command-but-a-missing-file.json", "--bad-option"),
    ],
)
def test_every_error_is_one_line_with_exit_status_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    save_draft(Submission(), tmp_path / "draft.json")
    (tmp_path / "in.md").write_text("Name of the Partner Organization: X\n", encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("copeditor: "), result.stderr
    assert "Traceback" not in result.stderr


def test_a_failed_export_leaves_the_old_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("older export", encoding="utf-8")
    (tmp_path / "broken.json").write_text("not json", encoding="utf-8")
    assert run("export", tmp_path / "broken.json", "-o", out).returncode == 2
    assert out.read_text(encoding="utf-8") == "older export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "out.md"]


def test_import_reports_text_that_fits_no_field(tmp_path: Path) -> None:
    source = tmp_path / "form.md"
    source.write_text("Name of the Partner Organization: Org\n\nStray words\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "out.json")
    assert result.returncode == 0
    assert result.stderr == (
        "copeditor: form.md: line 3: text outside any field was added to the organisation's name\n"
    )


def test_schema_prints_the_json_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == Submission.model_json_schema()


def test_command_line_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from copeditor.cli import main; "
        f"main(['import', {str(ECPAT_MD)!r}, '-o', {str(tmp_path / 'e.json')!r}]); "
        f"main(['export', {str(tmp_path / 'e.json')!r}, '-o', {str(tmp_path / 'e.md')!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_export_pdf_with_options_and_keep_an_older_pdf_on_failure(tmp_path: Path) -> None:
    from tests.pdftools import all_text, reader

    draft = tmp_path / "ecpat.json"
    assert run("import", ECPAT_MD, "-o", draft).returncode == 0
    pdf = tmp_path / "ecpat.pdf"
    result = run("export", draft, "-o", pdf, "--page-size", "letter", "--omit-empty-areas")
    assert (result.returncode, result.stderr) == (0, "")
    data = pdf.read_bytes()
    assert round(reader(data).pages[0].mediabox.width) == 612
    assert "Area 4" not in all_text(data)

    (tmp_path / "broken.json").write_text('{"schema_version": 1, "areas": 5}', encoding="utf-8")
    result = run("export", tmp_path / "broken.json", "-o", pdf)
    assert result.returncode == 2
    assert "field 'areas'" in result.stderr
    assert pdf.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "ecpat.json", "ecpat.pdf"]


def test_pdf_export_never_imports_qt(tmp_path: Path) -> None:
    draft = tmp_path / "e.json"
    assert run("import", ECPAT_MD, "-o", draft).returncode == 0
    code = (
        "import sys; from copeditor.cli import main; "
        f"main(['export', {str(draft)!r}, '-o', {str(tmp_path / 'e.pdf')!r}]); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
    assert (tmp_path / "e.pdf").read_bytes().startswith(b"%PDF-")
