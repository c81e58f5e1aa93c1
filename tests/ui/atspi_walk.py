"""Walk rmdesk's window through the real Linux accessibility stack, as a screen reader meets it.

Run by tests/ui/test_atspi.py with the system's python3 (python3-pyatspi is a Debian package,
not a wheel), inside a private D-Bus session on an Xvfb display. It starts the app on a desk,
presses Ctrl+1…6 and Tab with xdotool, follows AT-SPI focus events, and writes one JSON
object: the problems found and what was walked. Not a pytest module (no pyatspi in .venv).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

PAGES = ("Overview", "Goals", "Meetings", "Topics", "Reflections", "Search")
# Objects whose children are rows and cells: a cell's "widget" is its table or list.
CONTAINERS = {"table", "tree table", "list", "tree", "list box"}
ITEMS = {"table cell", "list item", "tree item", "table row"}
# Names that say what a control does but not to what ("Add" what?).
BARE_NAMES = {"add", "remove", "delete", "—", "-", "…", "ok"}
# Stops that Tab must reach on a page (name prefixes): the Overview's cards and charts, and
# what follows the tables that used to trap Tab.
MUST_REACH = {
    "Overview": (
        "Next meeting",
        "Since the last meeting",
        "Open action items",
        "Goals chart",
        "Pulse chart",
    ),
    "Goals": ("Progress updates", "Add update"),
    "Meetings": ("Action items", "Add action item"),
}
MAX_SAME_WIDGET = 3  # Tab presses in a row that may stay in one widget
MAX_TABS = 80  # per page, before the walk counts as never leaving it


class Walker:
    """Keeps the last focused accessible from AT-SPI's focus events, and any announcements."""

    def __init__(self) -> None:
        self.focused = None
        self.focus_events = 0
        self.announcements: list[str] = []
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._on_announcement, "object:announcement")

    def _on_focus(self, event) -> None:  # noqa: ANN001
        if event.detail1:
            self.focused = event.source
            self.focus_events += 1

    def _on_announcement(self, event) -> None:  # noqa: ANN001
        self.announcements.append(str(event.any_data))

    def pump(self, seconds: float) -> None:
        """Deliver pending AT-SPI events for a while."""
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            time.sleep(0.005)

    def key(self, keys: str, settle: float = 1.0) -> bool:
        """Press keys in the window; True if a focus event followed."""
        before = self.focus_events
        subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)
        end = time.monotonic() + settle
        context = GLib.MainContext.default()
        while time.monotonic() < end:
            while context.pending():
                context.iteration(False)
            if self.focus_events != before:
                self.pump(0.03)  # a burst (cell, then table) settles on the last
                return True
            time.sleep(0.005)
        return False

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def role(obj) -> str:  # noqa: ANN001
    try:
        return obj.getRoleName()
    except Exception:  # noqa: BLE001 - gone between the event and the look
        return "(gone)"


def ancestors(obj):  # noqa: ANN001, ANN201
    chain = []
    node = obj
    for _ in range(60):
        try:
            node = node.parent
        except Exception:  # noqa: BLE001
            break
        if node is None or role(node) in ("application", "desktop frame"):
            break
        chain.append(node)
    return chain


def same(a, b) -> bool:  # noqa: ANN001
    """Two proxies for one accessible (pyatspi may hand out more than one)."""
    if a is None or b is None:
        return False
    try:
        return a.path == b.path and a.get_bus_name() == b.get_bus_name()
    except Exception:  # noqa: BLE001
        return a == b


def widget_of(obj):  # noqa: ANN001, ANN201
    """The control that holds the focus: a cell's table, an item's list, else itself."""
    if role(obj) in ITEMS:
        for node in ancestors(obj):
            if role(node) in CONTAINERS:
                return node
    return obj


def labels(obj) -> list[str]:  # noqa: ANN001
    """The names of what labels `obj`, from its first labelled-by relation (as Orca reads it)."""
    try:
        relations = obj.getRelationSet()
    except Exception:  # noqa: BLE001
        return []
    for relation in relations:
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            found = []
            for index in range(relation.getNTargets()):
                target = relation.getTarget(index)
                name = (target.name or "").strip() if target is not None else ""
                if name:
                    found.append(name)
            return found
    return []


def value_text(obj) -> str:  # noqa: ANN001
    try:
        text = obj.queryText()
        return text.getText(0, -1)
    except Exception:  # noqa: BLE001
        return ""


def describe(obj) -> str:  # noqa: ANN001
    return f"{role(obj)} {obj.name!r}"


def name_problem(obj) -> str | None:  # noqa: ANN001
    """Why a screen reader would not say what this control is, or None."""
    kind = role(obj)
    name = (obj.name or "").strip()
    if kind == "combo box":
        # Qt gives a combo's value as its AT-SPI name; Orca names it by its label.
        named = [text for text in labels(obj) if text.strip(" :") and text != name]
        if not named:
            return f"combo box named only by its value {name!r}"
        return None
    if kind in ITEMS:
        return None if name else f"{kind} without a name"
    spoken = name or " ".join(labels(obj))
    if not spoken.strip():
        return f"{kind} without a name"
    if spoken.strip().lower().rstrip("…") in BARE_NAMES:
        return f"{kind} named only {spoken!r}"
    return None


def focusable_descendants(obj, found: list, depth: int = 0) -> None:  # noqa: ANN001
    """Showing, focusable controls under obj (not into tables', lists' or combos' parts)."""
    if depth > 40:
        return
    try:
        count = obj.childCount
    except Exception:  # noqa: BLE001
        return
    for index in range(count):
        try:
            child = obj.getChildAtIndex(index)
        except Exception:  # noqa: BLE001
            continue
        if child is None:
            continue
        state = child.getState()
        if not state.contains(pyatspi.STATE_SHOWING):
            continue
        kind = role(child)
        if kind == "scroll bar":
            continue
        # Labels say "focusable" for their selectable text, but Tab never stops on them.
        if state.contains(pyatspi.STATE_FOCUSABLE) and kind != "label":
            found.append(child)
        if kind in CONTAINERS or kind in ("combo box", "menu", "spin button", "page tab list"):
            continue
        focusable_descendants(child, found, depth + 1)


def find_app(timeout: float):  # noqa: ANN201
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for app in desktop:
            if app is not None and (app.name or "") == "rmdesk":
                for index in range(app.childCount):
                    frame = app.getChildAtIndex(index)
                    if frame is not None and role(frame) == "frame":
                        return app, frame
        time.sleep(0.1)
    raise SystemExit("rmdesk did not appear on the accessibility bus")


def focus_window() -> None:
    """Give the X input focus to rmdesk's window (there is no window manager on Xvfb)."""
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^rmdesk$"],
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    ).stdout.split()
    subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], check=True, timeout=10)


def find_role(root, wanted: str):  # noqa: ANN001, ANN201
    """The first descendant with role `wanted`, breadth first."""
    level = [root]
    for _ in range(8):
        following = []
        for node in level:
            for index in range(node.childCount):
                child = node.getChildAtIndex(index)
                if child is None:
                    continue
                if role(child) == wanted:
                    return child
                following.append(child)
        level = following
    return None


def current_page(stack):  # noqa: ANN001, ANN201
    """The page the window's page stack shows now."""
    for index in range(stack.childCount):
        child = stack.getChildAtIndex(index)
        if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
            return child
    return None


def inside(obj, container) -> bool:  # noqa: ANN001
    return same(obj, container) or any(same(node, container) for node in ancestors(obj))


def walk_page(
    walker: Walker,
    stack,
    number: int,
    title: str,
    problems: list[str],  # noqa: ANN001
) -> dict:
    report: dict = {"page": title, "stops": []}
    before = walker.focused
    moved = walker.key(f"ctrl+{number}", settle=3.0)
    page_obj = current_page(stack)
    if page_obj is None:
        problems.append(f"{title}: Ctrl+{number} showed no page")
        return report
    focused = walker.focused
    if not moved or focused is None or same(focused, before) or not inside(focused, page_obj):
        problems.append(f"{title}: Ctrl+{number} moved no focus into the page")
        for _ in range(10):  # Tab into the page, to check the rest all the same
            walker.key("Tab")
            if walker.focused is not None and inside(walker.focused, page_obj):
                break
    elif same(focused, page_obj) and not (page_obj.name or "").strip():
        problems.append(f"{title}: Ctrl+{number} focused the page, which has no name")
    report["focused_on_switch"] = describe(walker.focused) if walker.focused else None
    first = walker.focused
    if first is not None and not same(first, page_obj):
        problem = name_problem(first)
        if problem:
            problems.append(f"{title}: {problem}")

    for obj in unique(focusable_list(page_obj)):
        problem = name_problem(obj)
        if problem:
            problems.append(f"{title}: {problem}")
        if role(obj) == "table":
            problems.extend(f"{title}: {problem}" for problem in tick_cell_problems(obj))

    streak_widget, streak = None, 0
    reached: list[str] = []
    for _ in range(MAX_TABS):
        walker.key("Tab")
        obj = walker.focused
        if obj is None:
            continue
        if not inside(obj, page_obj):
            report["left_to"] = describe(obj)
            break
        report["stops"].append(describe(obj))
        reached.append((obj.name or "").strip())
        problem = name_problem(obj)
        if problem:
            problems.append(f"{title}: Tab reached a {problem}")
        if role(obj) in ("panel", "filler") and not (obj.description or "").strip():
            problems.append(f"{title}: Tab reached {describe(obj)}, which says nothing more")
        widget = widget_of(obj)
        if same(widget, streak_widget):
            streak += 1
            if streak >= MAX_SAME_WIDGET:
                problems.append(
                    f"{title}: Tab stays in {describe(widget)} for {streak + 1} presses"
                )
                break
        else:
            streak_widget, streak = widget, 0
    else:
        problems.append(f"{title}: Tab did not leave the page within {MAX_TABS} presses")
    for wanted in MUST_REACH.get(title, ()):
        if not any(name.startswith(wanted) for name in reached):
            problems.append(f"{title}: Tab never reached {wanted!r}")
    return report


def walk_pulse_dialog(walker: Walker, problems: list[str]) -> dict:
    """Open the pulse check-in from the Overview with the keyboard and walk the dialog."""
    report: dict = {"page": "Pulse check-in dialog", "stops": []}
    walker.key("ctrl+1", settle=2.0)
    for _ in range(40):
        walker.key("Tab")
        if walker.focused is not None and (walker.focused.name or "") == "Pulse check-in":
            break
    else:
        problems.append("Overview: Tab never reached the 'Pulse check-in' button")
        return report
    walker.key("space", settle=3.0)
    dialogs = [node for node in ancestors(walker.focused) if role(node) == "dialog"]
    if not dialogs:
        problems.append("Pulse check-in: the dialog did not take the focus")
        return report
    dialog = dialogs[0]
    for obj in unique(focusable_list(dialog)):
        problem = name_problem(obj)
        if problem:
            problems.append(f"Pulse check-in: {problem}")
    first, streak_widget, streak = walker.focused, None, 0
    for _ in range(MAX_TABS):
        walker.key("Tab")
        obj = walker.focused
        report["stops"].append(describe(obj))
        if same(obj, first):
            break  # round the dialog once
        problem = name_problem(obj)
        if problem:
            problems.append(f"Pulse check-in: Tab reached a {problem}")
        widget = widget_of(obj)
        if same(widget, streak_widget):
            streak += 1
            if streak >= MAX_SAME_WIDGET:
                problems.append(f"Pulse check-in: Tab stays in {describe(widget)}")
                break
        else:
            streak_widget, streak = widget, 0
    else:
        problems.append(f"Pulse check-in: Tab did not come round within {MAX_TABS} presses")
    walker.key("Escape", settle=2.0)
    return report


def tick_cell_problems(table) -> list[str]:  # noqa: ANN001
    """A tick-box cell in the first row that would be read as nothing (done or not?)."""
    try:
        grid = table.queryTable()
    except Exception:  # noqa: BLE001
        return []
    if grid.nRows == 0:
        return []
    found = []
    for column in range(grid.nColumns):
        cell = grid.getAccessibleAt(0, column)
        if cell is None:
            continue
        if cell.getState().contains(pyatspi.STATE_CHECKABLE) and not (cell.name or "").strip():
            header = grid.getColumnDescription(column) or str(column)
            found.append(f"{describe(table)}: tick box cell {header!r} without a name")
    return found


def focusable_list(page_obj) -> list:  # noqa: ANN001
    found: list = []
    focusable_descendants(page_obj, found)
    return found


def unique(objects: list) -> list:
    """Each accessible once, though AT-SPI may hand out two proxies for it."""
    kept: list = []
    for obj in objects:
        if not any(same(obj, seen) for seen in kept):
            kept.append(obj)
    return kept


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rmdesk", required=True, help="the rmdesk command")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--search", default="goal", help="words to type on the Search page")
    parser.add_argument("--out", required=True, help="where to write the JSON report")
    args = parser.parse_args()

    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    env.pop("QT_ACCESSIBILITY", None)
    app_log = open(os.path.join(args.data_dir, "app.log"), "w")  # noqa: SIM115
    process = subprocess.Popen(
        [args.rmdesk, "--data-dir", args.data_dir], env=env, stdout=app_log, stderr=app_log
    )
    problems: list[str] = []
    pages = []
    walker = Walker()
    try:
        _app, frame = find_app(30)
        focus_window()
        walker.pump(0.5)
        stack = find_role(frame, "layered pane")
        if stack is None:
            raise SystemExit("no page stack (layered pane) in rmdesk's window")
        for number, title in enumerate(PAGES, start=1):
            pages.append(walk_page(walker, stack, number, title, problems))
        pages.append(walk_pulse_dialog(walker, problems))
        focus_window()  # the closed dialog's window had the X focus
        # Results are announced while one types on.
        walker.key("ctrl+k")
        heard = len(walker.announcements)
        walker.type(args.search)
        end = time.monotonic() + 5
        while time.monotonic() < end and len(walker.announcements) == heard:
            walker.pump(0.05)
        search_heard = walker.announcements[heard:]
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    report = {
        "problems": problems,
        "pages": pages,
        "announcements": walker.announcements,
        "search_announced": search_heard,
    }
    # A file, not stdout: the AT-SPI registry started on demand writes to our stdout.
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(report, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
