"""The editor as a screen reader meets it: the real program, with the sample open, read over
the AT-SPI accessibility bus from another process (tests/ui/atspi_tree.py).

Needs an X server (Xvfb: Qt's offscreen platform has no accessibility bridge), a session bus
(dbus-run-session), the AT-SPI bus (at-spi2-core) and a Python with pyatspi (Debian:
python3-pyatspi, for the system's python3). .ci/run installs them and sets
COPEDITOR_REQUIRE_ATSPI=1, so that in CI a missing tool fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from copeditor.formats.text_counts import submission_counts
from copeditor.formats.textform import read_text_form
from copeditor.model import form_template

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "ecpat-international-2010.md"
WALKER = Path(__file__).with_name("atspi_tree.py")
BUS_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
TIMEOUT = 60  # seconds for each wait; a normal run takes about ten in all


def _pyatspi_python() -> str | None:
    """The system's Python, where Debian installs pyatspi (a venv does not see it)."""
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if candidate and Path(candidate).is_file():
            found = subprocess.run(
                [candidate, "-c", "import pyatspi"], capture_output=True, check=False
            )
            if found.returncode == 0:
                return candidate
    return None


def _missing_tools() -> str | None:
    if sys.platform != "linux":
        return "AT-SPI is the accessibility bus of Linux desktops"
    for tool, package in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus-x11")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: {package})"
    if not BUS_SERVICE.is_file():
        return "the AT-SPI bus is not installed (Debian: at-spi2-core)"
    if _pyatspi_python() is None:
        return "no python3 with pyatspi (Debian: python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def screen_reader_view(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The editor's accessible tree with the sample open, and again after Add Programme was
    pressed on the first area (its programmes are rebuilt), with the events in between."""
    missing = _missing_tools()
    if missing:
        if os.environ.get("COPEDITOR_REQUIRE_ATSPI"):
            pytest.fail(f"the AT-SPI check cannot run: {missing}")
        pytest.skip(f"the AT-SPI check cannot run: {missing}")
    python = _pyatspi_python()
    assert python is not None
    folder = tmp_path_factory.mktemp("atspi")
    draft = folder / "ecpat.json"
    subprocess.run(
        [sys.executable, "-m", "copeditor", "import", str(SAMPLE), "-o", str(draft)],
        check=True,
        capture_output=True,
    )
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as display_number:
            display = display_number.readline().strip()  # written once the server is ready
        assert display, "Xvfb did not start"
        home = folder / "home"  # its own: the press leaves unsaved work to recover
        environment = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "DISPLAY": f":{display}",
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # no screen reader announces itself here
        }
        output = folder / "tree.json"
        # Its own process group: on a timeout the editor and the buses go with it.
        walker = subprocess.Popen(
            [
                "dbus-run-session",
                "--",
                python,
                str(WALKER),
                "ecpat.json",
                "--output",
                str(output),
                "--press",
                "Add Programme",
                "--timeout",
                str(TIMEOUT),
                "--",
                sys.executable,
                str(ROOT / "main.py"),
                str(draft),
            ],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            _, errors = walker.communicate(timeout=4 * TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(walker.pid, signal.SIGKILL)
            walker.communicate()
            raise
        assert walker.returncode == 0, errors[-3000:]
        return dict(json.loads(output.read_text(encoding="utf-8")))
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=TIMEOUT)


def _by_path(tree: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {node["path"]: node for node in tree}


def _related(node: dict[str, Any], relation: str) -> list[str]:
    return [path for kind, paths in node["relations"] if kind == relation for path in paths]


def test_no_focusable_object_is_nameless(screen_reader_view: dict[str, Any]) -> None:
    for tree in (screen_reader_view["start"], screen_reader_view["after_presses"]):
        nameless = [
            f"{node['path']} {node['role']}"
            for node in tree
            if "focusable" in node["states"] and not node["name"].strip()
        ]
        assert nameless == []


def test_every_field_is_named_after_its_visible_label(screen_reader_view: dict[str, Any]) -> None:
    for added, tree in enumerate(
        (screen_reader_view["start"], screen_reader_view["after_presses"])
    ):
        nodes = _by_path(tree)
        fields = [node for node in tree if node["role"] == "text" and "editable" in node["states"]]
        form_fields = 0
        for field in fields:
            labels = [nodes[path] for path in _related(field, "labelled by") if path in nodes]
            visible_labels = [label for label in labels if label["role"] == "label"]
            assert visible_labels, f"{field['name']!r} has no label"
            # The form's fields say their label as shown ("Website :"); the find bar's say it
            # without the colon ("Find").
            assert visible_labels[0]["name"].rstrip(" :") in field["name"], field["name"]
            form_fields += field["description"] != ""
        # The organisation, four fields in each area's programme, the find bar's two; after
        # Add Programme the first area has four more.
        areas = len(form_template().areas)
        assert len(fields) == 1 + 4 * areas + 2 + 4 * added
        assert form_fields == len(fields)


def test_the_word_count_is_read_as_shown(screen_reader_view: dict[str, Any]) -> None:
    counts = submission_counts(read_text_form(SAMPLE.read_text(encoding="utf-8")).submission)
    expected = f"Submission: {counts.words:,} words, {counts.characters:,} characters"
    status_bar = next(n for n in screen_reader_view["start"] if n["role"] == "status bar")
    labels = [
        node
        for node in screen_reader_view["start"]
        if node["path"].startswith(status_bar["path"] + "/") and node["role"] == "label"
    ]
    assert [label["name"] for label in labels] == [expected]


def test_no_name_shows_a_mnemonic_ampersand(screen_reader_view: dict[str, Any]) -> None:
    """Qt shows "&Name" as an underlined N; a screen reader must not say the &."""
    names = [
        node["name"]
        for tree in (screen_reader_view["start"], screen_reader_view["after_presses"])
        for node in tree
    ]
    names += [event["detail"] for event in screen_reader_view["events"]]
    assert [name for name in names if "&" in name] == []
    # The press did reach the editor: the rebuilt programmes announced their new names.
    assert any("(programme 2)" in event["detail"] for event in screen_reader_view["events"])


def test_the_form_and_area_titles_are_headings(screen_reader_view: dict[str, Any]) -> None:
    headings = [node for node in screen_reader_view["start"] if node["role"] == "heading"]
    titles = [form_template().heading_for(index) for index in range(len(form_template().areas))]
    assert [node["name"] for node in headings[1:]] == titles
    assert headings[0]["name"] == "COP Partners' Ongoing Project Summary"


def test_the_tab_list_is_named_after_the_current_page(screen_reader_view: dict[str, Any]) -> None:
    start = next(n for n in screen_reader_view["start"] if n["role"] == "page tab list")
    assert start["name"] == "Organisation, complete"
    after = next(n for n in screen_reader_view["after_presses"] if n["role"] == "page tab list")
    assert after["name"] == "Area 1: Public awareness, complete"
    announced = [
        event for event in screen_reader_view["events"] if event["source_role"] == "page tab list"
    ]
    assert announced and announced[-1]["detail"] == after["name"]


def test_nothing_but_the_current_tab_claims_the_focus(screen_reader_view: dict[str, Any]) -> None:
    """No window has the focus here (no window manager). Qt's tab bar always calls its current
    tab FOCUSED (QAccessibleTabButton::state); nothing else may: not the language box's closed
    list, nor a text field's viewport."""
    for tree in (screen_reader_view["start"], screen_reader_view["after_presses"]):
        focused = [f"{n['role']} {n['name']}" for n in tree if "focused" in n["states"]]
        assert [claim for claim in focused if not claim.startswith("page tab ")] == []
        assert len(focused) == 1
