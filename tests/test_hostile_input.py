"""Hostile input (issue 11): each case found by fuzzing, and the classes of input around it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from copeditor.formats.email_draft import (
    EmailHeaderError,
    email_draft,
    email_subject,
    pdf_file_name,
)
from copeditor.formats.pdf import pdf_bytes
from copeditor.model import Programme, Submission, find_problems
from copeditor.storage import draft_bytes, save_draft
from tests.pdftools import body_text, link_uris, words


def run(*args: str | Path, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "copeditor", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        env=os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)} | env,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    return result.stderr


def with_summary(summary: str, **fields: str) -> Submission:
    submission = Submission(organisation="Org")
    submission.areas[0].programmes.append(Programme(name="P", summary=summary, **fields))
    return submission


# 1. Header injection in the email draft ------------------------------------------------------

HEADER_ATTACKS = [
    "=?utf-8?b?T3JnDQpCY2M6IGV2aWxAeA==?=",  # base64 of "Org\r\nBcc: evil@x"
    "=?utf-8?q?Bcc=3A_evil=40x?=",
    "Org =?iso-8859-1?q?=0D=0ABcc:_evil=40x?= Ltd",
    "Org\r\nBcc: evil@x",
    "Org\u2028Bcc: evil@x",
    "Org\x00\x1b[31m",
    "ООО «Ромашка» =?utf-8?b?QmNjOiBldmlsQHg=?=",
    "A" * 300 + " =?utf-8?q?x?=",
]


@pytest.mark.parametrize("organisation", HEADER_ATTACKS)
def test_no_organisation_name_becomes_a_header(organisation: str) -> None:
    submission = Submission(organisation=organisation)
    name = pdf_file_name(submission, date(2026, 1, 1))
    message = message_from_bytes(email_draft(submission, b"%PDF-1.4", name), policy=default)
    assert sorted(message.keys()) == ["Content-Type", "MIME-Version", "Subject", "X-Unsent"]
    assert str(message["Subject"]) == email_subject(submission)  # exactly as typed
    assert [part.get_filename() for part in message.iter_attachments()] == [name]


@pytest.mark.parametrize(
    "recipient",
    ["a@b.org\r\nBcc: evil@x", "=?utf-8?q?a?=@b.org", "Name <a@b.org>", "a@b.org, c@d.org", "a"],
)
def test_a_recipient_that_is_not_one_plain_address_is_refused(recipient: str) -> None:
    with pytest.raises(EmailHeaderError, match="not a plain email address"):
        email_draft(Submission(organisation="Org"), b"%PDF", "x.pdf", recipient)


def test_an_internationalised_recipient_domain_is_written_in_punycode() -> None:
    data = email_draft(Submission(organisation="Org"), b"%PDF", "x.pdf", "info@例え.jp")
    assert str(message_from_bytes(data, policy=default)["To"]) == "info@xn--r8jz45g.jp"


def test_the_command_line_refuses_an_injected_recipient_in_one_line(tmp_path: Path) -> None:
    save_draft(Submission(organisation="Org"), tmp_path / "d.json")
    result = run("export", tmp_path / "d.json", "-o", tmp_path / "d.eml", "--to", "a@b\nBcc: x@y")
    assert "not a plain email address" in one_line_error(result)
    assert not (tmp_path / "d.eml").exists()


# 2. Text dropped at depth ----------------------------------------------------------------------


def nested_list(depth: int, marker: str = "-") -> str:
    indent = " " * (len(marker) + 1)
    return "\n".join(f"{indent * level}{marker} item{level}" for level in range(depth))


def nested_quote(depth: int) -> str:
    return "\n".join(f"{'>' * (level + 1)} quote{level}" for level in range(depth))


def mixed(depth: int) -> str:
    return "\n".join(f"{'> ' * level}- mixed{level}" for level in range(depth))


def numbered(depth: int) -> str:
    return nested_list(min(depth, 200), "1.")  # 300 levels of 3-space indents pass the cap


@pytest.mark.parametrize("depth", [9, 10, 20, 40, 300])
@pytest.mark.parametrize("make", [nested_list, nested_quote, mixed, numbered])
def test_nothing_nested_is_dropped_from_the_pdf(make, depth: int) -> None:  # type: ignore[no-untyped-def]
    source = f"{make(depth)}\n\nThe paragraph after it.\n\n- and a list after that"
    shown = words(body_text(pdf_bytes(with_summary(source, additional_information="Extra."))))
    expected = [w for w in words(source) if w not in ("-", "1.") and not w.startswith(">")]
    expected = [w.lstrip(">") for w in expected] + ["Extra."]
    missing = [w for w in expected if w not in shown]
    assert missing == []


def test_deep_nesting_keeps_the_text_at_a_capped_indent() -> None:
    from copeditor.formats.pdf.blocks import LIST_INDENT, markdown_flowables
    from copeditor.formats.pdf.styles import paragraph_styles

    flowables = markdown_flowables(nested_list(300), paragraph_styles())

    def depth(flowable: object) -> int:
        children = getattr(flowable, "_flowables", None) or getattr(flowable, "_content", [])
        return 1 + max((depth(child) for child in children), default=0)

    # Lists and items alternate: eight lists deep at most, each LIST_INDENT points in.
    assert max(depth(f) for f in flowables) <= 2 * 8 + 1
    assert 8 * LIST_INDENT < 200


# 3. A stray character in a web address -------------------------------------------------------

BAD_WEBSITES = [
    "http://www.ecpa[.net",
    "http://[oops]",
    "https://ex\uff0fample.com",
    "http://a\u2100b.com",
]


@pytest.mark.parametrize("website", BAD_WEBSITES)
def test_a_malformed_website_is_listed_and_printed_without_a_link(
    tmp_path: Path, website: str
) -> None:
    submission = with_summary(f"Also [our site]({website}) and <{website}>.", website=website)
    draft = tmp_path / "d.json"
    save_draft(submission, draft)
    checked = run("validate", draft)
    assert checked.returncode == 1 and checked.stderr == ""
    assert f"the website {website!r} is not a valid" in checked.stdout
    assert "the short summary links to" in checked.stdout
    exported = run("export", draft, "-o", tmp_path / "d.pdf")
    assert (exported.returncode, exported.stderr) == (0, "")
    data = (tmp_path / "d.pdf").read_bytes()
    assert website in "".join(body_text(data).split()) and link_uris(data) == []


# 4. Sizes: one cap per field, one limit per input --------------------------------------------


def test_the_schema_states_the_field_and_programme_caps() -> None:
    from pydantic import ValidationError

    from copeditor.model import MAX_FIELD_CHARACTERS, MAX_PROGRAMMES_PER_AREA

    schema = Programme.model_json_schema()
    assert schema["properties"]["summary"]["maxLength"] == MAX_FIELD_CHARACTERS
    Programme(summary="x" * MAX_FIELD_CHARACTERS)
    with pytest.raises(ValidationError, match="at most 100000 characters"):
        Programme(summary="x" * (MAX_FIELD_CHARACTERS + 1))
    with pytest.raises(ValidationError):
        Submission.model_validate(
            {"areas": [{"programmes": [{}] * (MAX_PROGRAMMES_PER_AREA + 1)}] + [{}] * 4}
        )


def test_a_draft_over_the_caps_is_refused_naming_the_field(tmp_path: Path) -> None:
    import json

    document = json.loads(draft_bytes(with_summary("short")))
    document["areas"][2]["programmes"] = [{"additional_information": "w " * 60_000}]
    (tmp_path / "long.json").write_text(json.dumps(document), encoding="utf-8")
    error = one_line_error(run("validate", tmp_path / "long.json"))
    assert "holds more than a draft may: Area 3, programme 1, additional information has " in error
    document["areas"][2]["programmes"] = [{}] * 101
    (tmp_path / "many.json").write_text(json.dumps(document), encoding="utf-8")
    error = one_line_error(run("export", tmp_path / "many.json", "-o", tmp_path / "m.pdf"))
    assert "Area 3 has 101 programmes; an area holds at most 100" in error


def test_a_text_form_holding_more_than_a_draft_can_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "big.md"
    source.write_text("Short summary:\n\n" + "word " * 30_000, encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "big.json")
    error = one_line_error(result)
    assert "short summary has 149,999 characters; a field holds at most 100,000" in error
    assert not (tmp_path / "big.json").exists()


def test_an_input_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    from copeditor.inputfiles import MAX_INPUT_BYTES

    for name, command in (("big.md", "import"), ("big.json", "validate")):
        path = tmp_path / name
        with path.open("wb") as handle:  # sparse: nothing to read, only a size
            handle.truncate(MAX_INPUT_BYTES + 1)
        output: list[str | Path] = ["-o", tmp_path / "out.json"] if command == "import" else []
        args: list[str | Path] = [command, path, *output]
        assert "is too large (16.0 MB; the limit" in one_line_error(run(*args))


def test_an_endless_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    result = run("import", "/dev/zero", "-o", tmp_path / "out.json")
    assert "is a device, not a regular file" in one_line_error(result)


def test_the_editor_never_saves_a_draft_it_could_not_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copeditor.storage import DraftSaveError, drafts

    path = tmp_path / "d.json"
    save_draft(Submission(organisation="Before"), path)
    big = with_summary("word " * 2000)
    monkeypatch.setattr(drafts, "MAX_DRAFT_BYTES", len(draft_bytes(big)) - 1)
    with pytest.raises(DraftSaveError, match="too large"):
        save_draft(big, path)
    assert drafts.load_draft(path).organisation == "Before"


@pytest.mark.parametrize(
    ("summary", "character"),
    [
        ("ж" * 100_000, "ж"),
        ("жж  \n" * 20_000, "ж"),
        ("<" * 100_000, "<"),
        ("[" * 100_000, "["),
        ("- ж\n" * 25_000, "ж"),
        ("&amp;" * 20_000, "&"),
    ],
    ids=["one word", "hard breaks", "angle brackets", "open brackets", "list items", "entities"],
)
def test_a_field_at_the_cap_exports_whole(summary: str, character: str) -> None:
    expected = summary.count(character) if character != "&" else 20_000
    assert body_text(pdf_bytes(with_summary(summary))).count(character) == expected


def test_long_markup_is_cut_into_well_formed_pieces() -> None:
    from copeditor.formats.pdf.paragraph import Paragraph, cut_markup

    markup = '<b>bold <i>both</i></b> <a href="https://x.org"><u>link text</u></a><br/>' * 300
    pieces = cut_markup(markup, size=200)
    assert len(pieces) > 10
    for piece in pieces:
        Paragraph(piece)  # parses: every tag opened is closed

    # A piece ends where a space or a line break was: the same words, in the same order.
    def plain(value: str) -> list[str]:
        return re.sub(r"<[^>]*>", " ", value).split()

    assert plain(" ".join(pieces)) == plain(markup)


def test_long_paragraphs_are_cut_after_a_sentence_when_one_ends_nearby() -> None:
    from copeditor.formats.pdf.paragraph import cut_markup

    sentence = "The hotline answered reports from partners in the region. "
    pieces = cut_markup(sentence * 400)
    assert len(pieces) > 1 and all(piece.endswith("region.") for piece in pieces[:-1])


def test_entities_make_one_fragment_not_one_each() -> None:
    from copeditor.formats.pdf.paragraph import Paragraph

    assert len(Paragraph("&lt;" * 1000 + " x &amp; y").frags) == 1


# 5. FIFOs, devices and symbolic links --------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "is a pipe (FIFO)" in one_line_error(run("validate", fifo))
    assert "is a pipe (FIFO)" in one_line_error(run("import", fifo, "-o", tmp_path / "o.json"))
    save_draft(Submission(organisation="Org"), tmp_path / "d.json")
    result = run("export", tmp_path / "d.json", "-o", tmp_path / "pipe.md")
    assert "it is a pipe (FIFO), not a regular file" not in result.stderr  # no such file yet
    os.mkfifo(tmp_path / "out.md")
    result = run("export", tmp_path / "d.json", "-o", tmp_path / "out.md")
    assert "out.md: cannot be written: it is a pipe (FIFO)" in one_line_error(result)
    assert Path(tmp_path / "out.md").is_fifo()


def test_a_device_is_never_replaced(tmp_path: Path) -> None:
    device = Path("/dev/null")
    if not device.is_char_device():
        pytest.skip("no /dev/null")
    (tmp_path / "x.md").write_text("Name of the Partner Organization: Org\n", encoding="utf-8")
    result = run("import", tmp_path / "x.md", "-o", device)
    assert "null: cannot be written: it is a device" in one_line_error(result)
    assert device.is_char_device()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_outputs_and_drafts_are_written_through_symbolic_links(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    save_draft(Submission(organisation="First"), synced / "draft.json")
    (tmp_path / "draft.json").symlink_to(synced / "draft.json")
    save_draft(Submission(organisation="Second"), tmp_path / "draft.json")  # the editor's Save
    assert (tmp_path / "draft.json").is_symlink()
    assert b"Second" in (synced / "draft.json").read_bytes()
    (tmp_path / "out.md").symlink_to(synced / "out.md")  # dangling until the first export
    for _ in range(2):
        assert run("export", tmp_path / "draft.json", "-o", tmp_path / "out.md").returncode == 0
        assert (tmp_path / "out.md").is_symlink()
        assert "Second" in (synced / "out.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in synced.iterdir()) == ["draft.json", "out.md"]
    assert (tmp_path / "draft.json.bak").is_file()  # the backup stays beside the name used


# 6. Temporary files left by a killed export ---------------------------------------------------

HOLDER = """
import sys, time
import copeditor.atomicfile as atomicfile
def hold(source, target):
    print("ready", flush=True)
    time.sleep(120)
atomicfile.replace_with_retry = hold
atomicfile.write_atomic(sys.argv[1], b"half an export")
"""


@pytest.mark.skipif(os.name == "nt", reason="POSIX process handling")
def test_the_next_export_removes_temporaries_of_killed_exports_only(tmp_path: Path) -> None:
    from copeditor.atomicfile import write_atomic

    target = tmp_path / "out.pdf"
    env = os.environ | {"PYTHONPATH": str(Path(__file__).parent.parent)}
    holders = [
        subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(target)], stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    try:
        for holder in holders:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        temporaries = {p.name for p in tmp_path.iterdir()}
        assert len(temporaries) == 2 and all(n.startswith(".out.pdf.") for n in temporaries)
        killed = next(n for n in temporaries if f".{holders[0].pid}." in n)
        holders[0].kill()  # a killed export: its temporary stays behind
        holders[0].wait()
        write_atomic(target, b"next export")
        # The killed one is gone; the one a live export is writing is not.
        assert {p.name for p in tmp_path.iterdir()} == {"out.pdf"} | (temporaries - {killed})
    finally:
        for holder in holders:
            holder.kill()
            holder.wait()
            assert holder.stdout is not None
            holder.stdout.close()
    write_atomic(target, b"last export")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


# 7. An autolink's text ------------------------------------------------------------------------


def test_an_autolink_is_shown_as_written() -> None:
    data = pdf_bytes(with_summary("See <http://[::1> and <https://example.org/a_b> here."))
    text = " ".join(body_text(data).split())
    assert "See <http://[::1> and https://example.org/a_b here." in text
    assert link_uris(data) == ["https://example.org/a_b"]


def test_link_addresses_are_kept_as_written_in_the_problems() -> None:
    problems = find_problems(with_summary("[x](http://[::1)"))
    assert [p.message.split(" links to ")[1].split(",")[0] for p in problems] == ["'http://[::1'"]


# Also: reportlab's customisation files ---------------------------------------------------------


def test_the_pdf_export_runs_no_reportlab_customisation_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    ran = tmp_path / "ran"
    code = f"open({str(ran)!r}, 'a').write('{{}}\\n')"
    (home / ".reportlab_mods").write_text(code.format("home mods"), encoding="utf-8")
    (home / ".reportlab_settings").write_text(code.format("home settings"), encoding="utf-8")
    (tmp_path / "reportlab_mods.py").write_text(code.format("cwd mods"), encoding="utf-8")
    (tmp_path / "reportlab_settings.py").write_text(code.format("cwd settings"), encoding="utf-8")
    save_draft(with_summary("Text."), tmp_path / "d.json")
    result = run("export", "d.json", "-o", "d.pdf", cwd=tmp_path, HOME=str(home))
    assert (result.returncode, result.stderr) == (0, "")
    assert not ran.exists()
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
