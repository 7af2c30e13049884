"""Where the window opens and how the form and the preview share it, remembered per screen
size (issue 24): a laptop at 150 % and the office's large screen each get their own.

On a screen the user has not had the window on, the window opens large and centred, and the
preview gets what the form can spare: a third of the room, less on a laptop, where the cost grid
needs its columns (never narrower than :data:`PREVIEW_MIN_CHARS`). A saved size larger than
the screen it is opened on (the taskbar moved, the scaling changed) is shrunk into it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from memo_builder.files import settings

SETTING = "window_layouts"
#: The form's comfortable width in average characters: the cost grid's default columns.
FORM_CHARS = 130
PREVIEW_MIN_CHARS = 40


class MainSplitter(QSplitter):
    """The form | preview splitter; lays out its default split after each resize."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.resized = None  # set by WindowLayout

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.resized is not None:
            self.resized()


def screen_key(area: QRect) -> str:
    return f"{area.width()}x{area.height()}"


def _saved() -> dict:
    try:
        value = settings.get(SETTING, {})
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _ints(value, n: int) -> list[int] | None:
    if isinstance(value, list) and len(value) == n and all(isinstance(v, int) and not isinstance(v, bool)
                                                           for v in value):
        return value
    return None


class WindowLayout(QObject):
    """Restores and saves the window's geometry and splitter for the screen it is on."""

    def __init__(self, window: QMainWindow, splitter: QSplitter) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = splitter
        #: The user (or a saved layout) chose the split: do not lay it out again on resize.
        self.chosen_split = False
        #: Save the layout on closing (screenshots do not).
        self.remember = True
        splitter.splitterMoved.connect(self._moved)
        if isinstance(splitter, MainSplitter):
            splitter.resized = self.default_split

    def _moved(self, *_args) -> None:
        self.chosen_split = True

    def area(self) -> QRect | None:
        screen = self.window.screen() or QApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    # -- opening ----------------------------------------------------------------------------------
    def restore(self, default_width: int, default_height: int) -> None:
        """The saved geometry for this screen size, within the screen; else the default."""
        area = self.area()
        if area is None:
            self.window.resize(default_width, default_height)
            return
        entry = _saved().get(screen_key(area))
        size = _ints(entry.get("size"), 2) if isinstance(entry, dict) else None
        if size is None:
            w = max(min(int(area.width() * 0.9), 1800), min(default_width, area.width()))
            h = max(min(int(area.height() * 0.9), 1200), min(default_height, area.height()))
            w, h = min(w, area.width()), min(h, area.height())
            self.window.setGeometry(area.x() + (area.width() - w) // 2,
                                    area.y() + (area.height() - h) // 2, w, h)
            return
        w, h = min(max(size[0], 400), area.width()), min(max(size[1], 300), area.height())
        pos = _ints(entry.get("pos"), 2) or [area.x() + (area.width() - w) // 2,
                                             area.y() + (area.height() - h) // 2]
        x = min(max(pos[0], area.x()), area.x() + area.width() - w)
        y = min(max(pos[1], area.y()), area.y() + area.height() - h)
        self.window.setGeometry(x, y, w, h)
        split = _ints(entry.get("splitter"), 2)
        if split is not None and min(split) > 0:
            self.splitter.setSizes(split)
            self.chosen_split = True
        if entry.get("maximized") is True:
            self.window.setWindowState(self.window.windowState() | self.window.windowState().WindowMaximized)

    def keep_within(self) -> None:
        """Once shown (the title bar's height is known then): the whole window, frame and all,
        inside the screen's free area."""
        area = self.area()
        window = self.window
        if area is None or window.isMaximized() or window.isFullScreen():
            return
        frame, inner = window.frameGeometry(), window.geometry()
        if area.contains(frame):
            return
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        w = min(inner.width(), area.width() - extra_w)
        h = min(inner.height(), area.height() - extra_h)
        x = min(max(frame.x(), area.x()), area.x() + area.width() - (w + extra_w))
        y = min(max(frame.y(), area.y()), area.y() + area.height() - (h + extra_h))
        window.resize(w, h)
        window.move(x, y)

    def default_split(self) -> None:
        """The preview gets a third of the room, or what the form can spare on a narrow
        window; the user's own split (dragged or saved) is kept."""
        if self.chosen_split:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        char = self.window.fontMetrics().averageCharWidth()
        preview = max(char * PREVIEW_MIN_CHARS, min(total // 3, total - char * FORM_CHARS))
        preview = min(preview, total // 2)
        self.splitter.setSizes([total - preview, preview])

    # -- closing ----------------------------------------------------------------------------------
    def save(self) -> None:
        area = self.area()
        if area is None or not self.remember:
            return
        window = self.window
        geometry = window.normalGeometry() if window.isMaximized() else window.geometry()
        layouts = _saved()
        entry = {"size": [geometry.width(), geometry.height()], "pos": [geometry.x(), geometry.y()],
                 "maximized": window.isMaximized()}
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and min(sizes) > 0:  # a hidden preview has no split to remember
            entry["splitter"] = sizes
        elif isinstance(layouts.get(screen_key(area)), dict) and "splitter" in layouts[screen_key(area)]:
            entry["splitter"] = layouts[screen_key(area)]["splitter"]
        layouts[screen_key(area)] = entry
        try:
            settings.set_value(SETTING, layouts)
        except OSError:
            pass  # the next start opens at the default size
