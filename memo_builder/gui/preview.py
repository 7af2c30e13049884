"""Live preview: the memo's document tree (the same one the Word file is written from), shown in
a QTextBrowser and re-rendered on a short debounce, never on the keystroke path.

The HTML comes from ``render.html_preview`` and the look from the profile's style sheet
(``Profile.preview_css``); the section anchors come from the template's ``id=`` marks, so the
preview can follow the section being edited.
"""

from __future__ import annotations

import html as html_lib
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser, QWidget

from memo_builder.gui.services import Services

DEBOUNCE_MS = 300


class Preview(QTextBrowser):
    """Shows the memo as it will look; follows the section being edited."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Förhandsgranskning av skrivelsen"))
        self.document().setDocumentMargin(28)
        self._css = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.section = "top"
        #: Show the public version (confidential items withheld) instead of the board's.
        self.public = False
        self.last_ms = 0.0
        self._dirty = True
        self.hold = False  # True until the window has painted once (fast start-up)
        self._chart_image = None
        self._chart_key = None
        self._chart_src = ""
        self._logo = None

    def set_public(self, on: bool) -> None:
        """Show the public version (True) or the board's version (False)."""
        if on != self.public:
            self.public = on
            self._dirty = True
            self.refresh_now()

    def schedule(self) -> None:
        """An edit happened: re-render once the user pauses."""
        self._dirty = True
        if self.isVisible() and not self.hold:
            self.timer.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty and not self.hold:
            self.timer.start(0)

    def render_html(self) -> str:
        """The preview page for the memo as it is now (from the document tree)."""
        profile = self.services.profile()
        if profile is None:
            return self._message(self.tr("Organisationens mall kunde inte läsas: {error}").format(
                error=self.services.profile_error))
        from memo_builder.render.html_preview import to_html
        from memo_builder.render.pipeline import render

        if profile.preview_css != self._css:
            self._css = profile.preview_css
            self.document().setDefaultStyleSheet(self._css)
        analysis = self.services.analysis()
        try:
            # A memo with errors can only be exported as a draft: show it marked as one.
            rendered = render(self.services.doc.memo, profile, library=analysis.library,
                              analysis=analysis, draft=bool(analysis.errors()),
                              public=self.public)
        except Exception as exc:  # a broken organisation template must not take the editor down
            from memo_builder.settings import log_exception

            log_exception(exc)
            return self._message(
                self.tr("Förhandsgranskningen kunde inte visas ({name}). Det du skrivit finns kvar.")
                .format(name=type(exc).__name__)
            )
        self._register_chart(rendered.charts)
        self._logo = None
        if profile.logo is not None:
            from PySide6.QtGui import QImage

            image = QImage(str(profile.logo))
            self._logo = None if image.isNull() else image
        alt = (self.services.doc.memo.case.organisation or profile.organisation or profile.name)
        return to_html(rendered.tree, logo_alt=alt if self._logo is not None else None)

    def _register_chart(self, charts: dict) -> None:
        """Paint the cost chart the tree refers to (the Word file gets a native chart)."""
        from memo_builder.gui.chart_image import paint_chart

        chart = next(iter(charts.values()), None)
        if chart is None:
            self._chart_image = self._chart_key = None
            return
        self._chart_src = next(iter(charts))
        width = max(320, min(self.viewport().width() - 80, 640))
        key = (chart, width, self.devicePixelRatioF())
        if key != self._chart_key:  # most edits are to text: repaint only when the data changes
            self._chart_image = paint_chart(chart, width, self.devicePixelRatioF())
            self._chart_key = key

    def loadResource(self, kind: int, url):  # noqa: N802 - Qt API
        # setHtml() clears a document's added resources, so answer the lookup instead.
        from memo_builder.render.html_preview import LOGO_SRC

        if self._logo is not None and url.toString() == LOGO_SRC:
            return self._logo
        if self._chart_image is not None and url.toString() == self._chart_src:
            return self._chart_image
        return super().loadResource(kind, url)

    def _message(self, text: str) -> str:
        return f"<p><em>{html_lib.escape(text)}</em></p>"

    def refresh_now(self) -> None:
        self.timer.stop()
        t0 = time.perf_counter()
        html = self.render_html()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(position)
        self._dirty = False
        self.last_ms = (time.perf_counter() - t0) * 1000

    def follow(self, section: str) -> None:
        """Scroll to the section being edited (``"options-2"`` = the second option)."""
        if not section or section == self.section:
            return
        self.section = section
        self.scroll_to_section()

    def scroll_to_section(self) -> None:
        section = self.section
        if section == "top":
            self.verticalScrollBar().setValue(0)
            return
        from memo_builder.render.html_preview import anchor_name

        self.scrollToAnchor(anchor_name(section))
