"""Run a command on the display and print its accessibility tree as AT-SPI
sees it, one line per node: ``node`` and a tab, then a JSON object
``{"role": ..., "name": ..., "description": ..., "depth": ...}`` (the bus
daemons write to the same output; only ``node`` lines are the tree).

Run by the system's Python with Debian's python3-pyatspi (not the test
venv: pyatspi comes with GObject introspection, not from PyPI), inside a
private session bus (``dbus-run-session``), so the AT-SPI bus launcher and
registry it starts are this run's own:

    dbus-run-session -- /usr/bin/python3 atspi_tree.py TITLE_END -- COMMAND...

It waits (up to 90 s) for an application with a frame whose name ends with
TITLE_END, prints that application's tree (at most 6,000 nodes), then
stops the command. Exit status 2 when no such window appeared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

WAIT_S = 90.0
MAX_NODES = 6000


def frames(app: object) -> list[str]:
    names = []
    for index in range(app.childCount):  # type: ignore[attr-defined]
        child = app.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            names.append(child.name or "")
    return names


def find_app(title_end: str) -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is None:
            continue
        try:
            if any(name.endswith(title_end) for name in frames(app)):
                return app
        except Exception:  # an application going away while we look
            continue
    return None


def walk(app: object) -> None:
    stack = [(app, 0)]
    seen = 0
    while stack and seen < MAX_NODES:
        node, depth = stack.pop()
        seen += 1
        try:
            role = node.getRoleName()  # type: ignore[attr-defined]
            name = node.name or ""  # type: ignore[attr-defined]
            description = node.description or ""  # type: ignore[attr-defined]
            count = node.childCount  # type: ignore[attr-defined]
        except Exception:
            continue
        node_json = {"role": role, "name": name, "description": description, "depth": depth}
        print("node\t" + json.dumps(node_json), flush=True)
        for index in reversed(range(count)):
            try:
                child = node.getChildAtIndex(index)  # type: ignore[attr-defined]
            except Exception:
                continue
            if child is not None:
                stack.append((child, depth + 1))


def main(argv: list[str]) -> int:
    title_end = argv[1]
    command = argv[argv.index("--") + 1 :]
    process = subprocess.Popen(command, stdout=sys.stderr)
    try:
        deadline = time.monotonic() + WAIT_S
        app = None
        while app is None and time.monotonic() < deadline:
            if process.poll() is not None:
                print(f"the command exited with {process.returncode}", file=sys.stderr)
                return 2
            app = find_app(title_end)
            if app is None:
                time.sleep(0.5)
        if app is None:
            print(f"no window ending in {title_end!r} reached AT-SPI", file=sys.stderr)
            return 2
        time.sleep(1.0)  # let the window finish filling in
        walk(app)
        return 0
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
