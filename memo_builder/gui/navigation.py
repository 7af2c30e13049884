"""Moving between the steps: the step list, the stacked pages (each built on first use), the
back/next bar, and each step's problem icon.

The steps come from the registry in ``gui/steps/__init__.py``; this module names no step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from memo_builder.gui.document import MemoDocument
from memo_builder.gui.resources import icon
from memo_builder.gui.services import Services
from memo_builder.gui.steps import FALLBACK_STEP, STEP_KEYS, STEPS, step_for_path, step_index
from memo_builder.model.problems import Level
from memo_builder.model.walkthrough import step_started

#: The last step: it lists every problem, and creates and opens the Word file.
REVIEW_STEP = FALLBACK_STEP
MAX_TIP_PROBLEMS = 5


class Navigation(QObject):
    """Owns the step widgets; the window lays them out (``step_list``, ``stack``, ``navbar``)."""

    #: The review page was built (it is built lazily): the window wires its export buttons.
    reviewPageBuilt = Signal(object)

    def __init__(self, window: QWidget, doc: MemoDocument, services: Services, *,
                 follow: Callable[[str], None]) -> None:
        super().__init__(window)
        self.doc = doc
        self.services = services
        self._follow = follow  # scrolls the preview to the section being edited
        self.pages: list = [None] * len(STEPS)
        self._dirty_pages: set[int] = set()
        self.problems: list = []

        fm = window.fontMetrics()
        self.step_list = QListWidget()
        self.step_list.setObjectName("steps")
        self.step_list.setAccessibleName(self.tr("Steg"))
        side = int(fm.height() * 1.2)
        self.step_list.setIconSize(QSize(side, side))
        for i, spec in enumerate(STEPS):
            self.step_list.addItem(QListWidgetItem(icon("empty"), f"{i + 1}. {spec.title()}"))
        # As wide as its widest title (item padding and margins from the style sheet, the
        # icon, a little air), never with a scroll bar for the few pixels of a rounding.
        widest = max(fm.horizontalAdvance(self.step_list.item(i).text()) for i in range(len(STEPS)))
        self.step_list.setFixedWidth(widest + side + 2 * (8 + 6) + fm.averageCharWidth() * 4)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.step_list.currentRowChanged.connect(self.go_to)

        self.stack = QStackedWidget()
        for _ in STEPS:
            self.stack.addWidget(QWidget())

        self.back_button = QPushButton(self.tr("← &Tillbaka"))
        self.next_button = QPushButton(self.tr("&Nästa →"))
        self.next_button.setObjectName("primary")
        self.back_button.setAccessibleName(self.tr("Föregående steg"))
        self.next_button.setAccessibleName(self.tr("Nästa steg"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.step_label = QLabel()
        self.step_label.setObjectName("muted")
        self.navbar = QWidget()
        self.navbar.setObjectName("navbar")
        nav = QHBoxLayout(self.navbar)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)

    # -- pages ----------------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def page(self, index: int):
        """The page of step ``index``, built on first use (keeps start-up fast)."""
        if self.pages[index] is None:
            spec = STEPS[index]
            page = spec.load()(self.doc, self.services)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            page.sectionFocused.connect(self._follow)
            if spec.key == REVIEW_STEP:
                page.problemActivated.connect(self.jump_to_problem)
                page.set_step_names({s.key: s.title() for s in STEPS})
                self.reviewPageBuilt.emit(page)
            self.pages[index] = page
            page.set_problems(self.problems)
        return self.pages[index]

    def page_by_key(self, key: str):
        return self.page(step_index(key))

    def review_page(self):
        """The review page if it has been built, else None (it is told what it needs when built)."""
        return self.pages[step_index(REVIEW_STEP)]

    # -- moving ---------------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not (0 <= index < len(STEPS)):
            return
        page = self.page(index)
        if index in self._dirty_pages:
            self._dirty_pages.discard(index)
            page.refresh()
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        self.back_button.setEnabled(index > 0)
        last = index == len(STEPS) - 1
        self.next_button.setVisible(not last)
        self.step_label.setText(self.tr("Steg {n} av {total}: {title}").format(
            n=index + 1, total=len(STEPS), title=STEPS[index].title()))
        self._follow(page.preview_section())

    def forward(self) -> None:
        self.go_to(self.current_step() + 1)

    def back(self) -> None:
        self.go_to(self.current_step() - 1)

    def go_to_review(self) -> None:
        self.go_to(step_index(REVIEW_STEP))

    def jump_to_problem(self, path: str) -> None:
        index = step_index(step_for_path(path))
        self.go_to(index)
        self.page(index).focus_path(path)

    # -- keeping the pages current --------------------------------------------------------------
    def memo_edited(self) -> None:
        """Refresh the page on show; the others refresh when next shown."""
        current = self.current_step()
        for i, page in enumerate(self.pages):
            if page is None:
                continue
            if i == current:
                page.refresh()
            else:
                self._dirty_pages.add(i)

    def memo_replaced(self) -> None:
        for page in self.pages:
            if page is not None:
                page.rebuild()
        self._dirty_pages.clear()

    def show_problems(self, problems: list) -> None:
        """Each step's icon and tooltip from its share of ``problems``; every built page gets
        the list (the review lists them all)."""

        self.problems = problems
        by_step: dict[str, list] = {k: [] for k in STEP_KEYS}
        for p in problems:
            by_step[step_for_path(p.path)].append(p)
        for i, key in enumerate(STEP_KEYS):
            mine = problems if key == REVIEW_STEP else by_step[key]
            errors = sum(p.level is Level.ERROR for p in mine)
            warnings = len(mine) - errors
            item = self.step_list.item(i)
            counts = ", ".join(x for x in (
                (self.tr("1 fel") if errors == 1 else self.tr("{n} fel").format(n=errors)) if errors else "",
                (self.tr("1 varning") if warnings == 1 else self.tr("{n} varningar").format(n=warnings))
                if warnings else "") if x)
            # The tooltip says what is wrong, not only how much (the first few, most serious first).
            shown = sorted(mine, key=lambda p: p.level is not Level.ERROR)[:MAX_TIP_PROBLEMS]
            details = "".join(f"\n• {p.message}" for p in shown)
            if len(mine) > len(shown):
                details += "\n" + self.tr("… och {n} till (se Granska och skapa)").format(
                    n=len(mine) - len(shown))
            if errors:
                item.setIcon(icon("error"))
                tip = counts + details
            elif warnings:
                item.setIcon(icon("warning"))
                tip = counts + details
            elif not step_started(self.doc.memo, key):
                item.setIcon(icon("empty"))  # untouched is not done: no green tick yet
                tip = self.tr("Inte påbörjat")
            else:
                item.setIcon(icon("ok"))
                tip = self.tr("Klart")
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        for page in self.pages:
            if page is not None:
                page.set_problems(problems)
