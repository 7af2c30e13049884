"""The common shape of a step page: title, help box, a column of cards, and the registry that
lets a validation problem focus its field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from memo_builder.gui.widgets.binding import Binder
from memo_builder.gui.widgets.form import Card, HelpBox
from memo_builder.model.walkthrough import STEP_CONTEXT, STEP_TITLES

__all__ = ["StepPage"]

if TYPE_CHECKING:
    from memo_builder.gui.document import MemoDocument
    from memo_builder.gui.services import Services
    from memo_builder.model.problems import Problem


class StepPage(QScrollArea):
    """One step of the walk-through. Subclasses set ``key``/``section`` and fill ``build``."""

    key = ""  # the step's key in memo_builder/model/walkthrough.py, which holds its title
    #: Today, for what a page says relative to now (a help example's years); tests freeze it.
    today: Callable[[], date] = staticmethod(date.today)
    section = "top"  # the preview section shown when the page opens
    #: A field got the focus: the preview should show this section.
    sectionFocused = Signal(str)

    def __init__(self, doc: MemoDocument, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.services = services
        self.problems: list[Problem] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName("pageContent")
        self.body = QVBoxLayout(self.content)
        spacing = self.fontMetrics().height()
        self.body.setContentsMargins(spacing, spacing, spacing, spacing)
        self.body.setSpacing(int(spacing * 0.8))
        heading = QLabel(self.title(), self.content)
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.title())
        self.body.addWidget(heading)
        self.help_box = HelpBox(self.help_html(), self.content)
        self.body.addWidget(self.help_box)
        self.setWidget(self.content)
        self.binder = Binder(doc, self)
        self.binder.sectionFocused.connect(lambda s: self.sectionFocused.emit(self.map_section(s)))
        self.build()
        self.body.addStretch(1)
        self.refresh()

    # -- to override --------------------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate(STEP_CONTEXT, STEP_TITLES[self.key])

    def help_html(self) -> str:
        return ""

    def build(self) -> None:
        pass

    def refresh(self) -> None:
        """The model changed (edit, undo, redo): show it."""
        self.binder.refresh()

    def rebuild(self) -> None:
        """A different memo was loaded."""
        self.refresh()

    def set_problems(self, problems: list[Problem]) -> None:
        self.problems = problems

    def focus_path(self, path: str) -> bool:
        """Show and focus the field a validation path names; True when found."""
        widget = self.widget_for_path(path)
        if widget is None:
            return False
        self.focus_widget(widget)
        return True

    def widget_for_path(self, path: str) -> QWidget | None:
        registry = self.binder.registry
        candidate = path
        while candidate:
            if candidate in registry:
                return registry[candidate]
            if "." in candidate:
                candidate = candidate.rsplit(".", 1)[0]
            elif "[" in candidate:
                candidate = candidate.rsplit("[", 1)[0]
            else:
                break
        return None

    # -- helpers ------------------------------------------------------------------------------
    def card(self, title: str = "", description: str = "") -> Card:
        card = Card(title, self.content, description)
        self.body.addWidget(card)
        return card

    def focus_widget(self, widget: QWidget) -> None:
        def go() -> None:
            self.ensureWidgetVisible(widget, 50, 80)
            target = widget.focusProxy() or widget
            target.setFocus(Qt.FocusReason.OtherFocusReason)

        go()
        QTimer.singleShot(0, go)  # after a page switch the layout settles one event later

    def preview_section(self) -> str:
        return self.section

    def map_section(self, section: str) -> str:
        """Refine a field's section (e.g. "options" -> "options-2" for the selected option)."""
        return section
