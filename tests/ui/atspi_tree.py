"""What a screen reader sees: the accessible tree of a running program, read over AT-SPI.

A script for the system's Python, which has `pyatspi` (Debian: python3-pyatspi), run inside
`dbus-run-session` with an X display. It starts the program, waits for a window whose name
holds TITLE and for the program's tree to stop changing, and writes as JSON the tree at start
and after the presses (one object per node: role, name, description, states, relations to
other nodes' paths, attributes, link count) and the events a screen reader was sent between;
then it ends the program.

    dbus-run-session -- python3 atspi_tree.py ecpat --output tree.json \
        [--press "Add Programme"] -- python main.py ecpat.json

Each --press activates a button or menu item (by its name) through AT-SPI's Action interface;
the tree is read again after them, as a screen reader meets it then. (AT-SPI's GrabFocus does
not activate a window without a window manager: to follow the focus, start the program
yourself, focus it with `xdotool windowfocus` and run this without a command.) Qt programs
must run with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (no screen reader announces itself here) and
on X11: Qt's offscreen platform has no accessibility bridge.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

POLL_SECONDS = 0.3


def find_application(title: str, timeout: float) -> Any:
    """The application with a window whose name holds `title`."""
    end = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            for window in app or []:
                seen.append(window.name if window is not None else "")
                if window is not None and title.lower() in (window.name or "").lower():
                    return app
        pump(POLL_SECONDS)  # name changes reach pyatspi's cache as events
    raise SystemExit(
        f"no window named like {title!r} on the accessibility bus in {timeout}s: {seen[-5:]}"
    )


def node_key(node: Any) -> str:
    """The node's D-Bus object path: unique within the application."""
    return str(node.path)


def walk(app: Any) -> list[dict[str, Any]]:
    """Every node of every window of `app`, depth first, with the relations resolved to paths
    ("0/2/1": the first window's third child's second child)."""
    nodes: list[dict[str, Any]] = []
    paths: dict[str, str] = {}
    windows = [(app.getChildAtIndex(i), str(i)) for i in range(app.childCount)]
    pending: list[tuple[Any, str]] = list(reversed(windows))
    relations: list[tuple[dict[str, Any], Any]] = []
    while pending:
        node, path = pending.pop()
        if node is None:
            continue
        paths[node_key(node)] = path
        entry = describe(node, path)
        nodes.append(entry)
        relations.append((entry, node))
        children = [(node.getChildAtIndex(i), f"{path}/{i}") for i in range(node.childCount)]
        pending.extend(reversed(children))
    for entry, node in relations:
        entry["relations"] = [
            [
                pyatspi.relationToString(relation.getRelationType()),
                [
                    paths.get(node_key(relation.getTarget(i)), "outside")
                    for i in range(relation.getNTargets())
                ],
            ]
            for relation in node.getRelationSet()
        ]
    return nodes


def describe(node: Any, path: str) -> dict[str, Any]:
    states = node.getState()
    entry: dict[str, Any] = {
        "path": path,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
        "attributes": dict(
            item.split(":", 1) for item in node.getAttributes() or [] if ":" in item
        ),
    }
    try:
        hypertext = node.queryHypertext()
    except NotImplementedError:
        hypertext = None
    if hypertext is not None:
        entry["links"] = hypertext.getNLinks()
    if entry["role"] == "label":
        try:
            text = node.queryText()
            entry["text"] = text.getText(0, text.characterCount)
        except NotImplementedError:
            pass
    return entry


class EventLog:
    """The names a screen reader is told as things change: it keeps them, and says them
    without asking again."""

    TYPES = (
        "object:property-change:accessible-name",
        "object:property-change:accessible-description",
        "object:children-changed",
        "object:state-changed:focused",
        "object:announcement",
        "window:activate",
    )

    def __init__(self) -> None:
        self.events: list[dict[str, Any]] = []
        pyatspi.Registry.registerEventListener(self.heard, *self.TYPES)

    def heard(self, event: Any) -> None:
        source = event.source
        detail = event.any_data
        self.events.append(
            {
                "type": str(event.type),
                "source_role": source.getRoleName() if source is not None else "",
                "source_name": (source.name or "") if source is not None else "",
                "detail": detail if isinstance(detail, str) else getattr(detail, "name", ""),
                "value": event.detail1,
            }
        )


def pump(seconds: float) -> None:
    """Let the events that have arrived be delivered (GLib's loop runs pyatspi's listeners)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.02)


def stable_tree(app: Any, timeout: float) -> list[dict[str, Any]]:
    """The tree once two readings a moment apart agree (the program has finished starting,
    or answering a press)."""
    end = time.monotonic() + timeout
    previous = walk(app)
    while time.monotonic() < end:
        pump(POLL_SECONDS * 3)
        current = walk(app)
        if current == previous:
            return current
        previous = current
    return previous


def press(app: Any, name: str) -> None:
    """Do the first action of the first button or menu item named `name`, as a screen
    reader's "activate" does."""
    roles = {"push button", "menu item", "check box", "toggle button"}
    for node in pyatspi.findAllDescendants(app, lambda n: n.getRoleName() in roles):
        if node.name == name:
            node.queryAction().doAction(0)
            return
    raise SystemExit(f"no button named {name!r}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("title", help="part of the name of the program's main window")
    parser.add_argument("--output", required=True, help="the JSON file to write")
    parser.add_argument("--press", action="append", default=[], help="a button to press first")
    parser.add_argument("--timeout", type=float, default=60.0)
    arguments = sys.argv[1:]
    split = arguments.index("--") if "--" in arguments else len(arguments)
    options = parser.parse_args(arguments[:split])
    command = arguments[split + 1 :]  # the program to start, after "--"
    # The registry first: a program started before it would find no accessibility bus.
    pyatspi.Registry.getDesktop(0)
    program = subprocess.Popen(command) if command else None
    try:
        app = find_application(options.title, options.timeout)
        at_start = stable_tree(app, options.timeout)
        log = EventLog()
        for name in options.press:
            press(app, name)
            pump(POLL_SECONDS)
        after = stable_tree(app, options.timeout) if options.press else at_start
    finally:
        if program is not None:
            program.terminate()
            program.wait(timeout=options.timeout)
    with open(options.output, "w", encoding="utf-8") as output:
        report = {"start": at_start, "after_presses": after, "events": log.events}
        json.dump(report, output, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
