"""Live preview: the profile template's HTML (the same one the Word file is built from), shown
in a QTextBrowser and re-rendered on a short debounce, never on the keystroke path.

The GUI adds anchors before the section headings (found by the profile's heading texts), so the
preview can follow the section being edited.
"""

from __future__ import annotations

import html as html_lib
import re
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from memo_builder.gui.services import Services

DEBOUNCE_MS = 300

# QTextBrowser understands a CSS subset; sizes are relative (em/%) so high-DPI scaling holds.
CSS = """
body { font-family: 'Garamond', 'Georgia', 'Liberation Serif', 'DejaVu Serif', serif; color: #1a1a1a; }
h1 { font-family: 'Arial', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: x-large; font-weight: 600; margin-top: 0.8em; margin-bottom: 0.4em; }
h2 { font-family: 'Arial', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: large; font-weight: 600; margin-top: 1.1em; margin-bottom: 0.3em; }
h3 { font-family: 'Arial', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: medium; font-weight: 600; margin-top: 0.9em; margin-bottom: 0.2em; }
p { margin-top: 0.25em; margin-bottom: 0.45em; }
p.meta { font-family: 'Arial', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: small; color: #444; }
p.notice { background-color: #fff4d6; }
p.draft { color: #b00020; font-weight: 600; }
p.small { font-size: small; color: #444; }
p.signature { margin-top: 1.2em; }
table { border-collapse: collapse; margin-top: 0.4em; margin-bottom: 0.6em; }
th { background-color: #e8edf3; font-family: 'Arial', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: small; padding: 3px 6px; text-align: left; }
td { font-family: 'Arial', 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: small; padding: 2px 6px; }
td.num, th.num { text-align: right; }
tr.sum td { font-weight: 600; }
ol, ul { margin-top: 0.2em; margin-bottom: 0.5em; }
li { margin-bottom: 0.2em; }
"""

_H2 = re.compile(r"<h2([^>]*)>(.*?)</h2>", re.S)
_H3 = re.compile(r"<h3([^>]*)>", re.S)
_SIGNATURE = re.compile(r'<p class="signature"')
_TAGS = re.compile(r"<[^>]+>")


def section_for_heading(profile, text: str) -> str | None:
    """The profile section key whose heading is ``text`` (perspective headings -> perspectives)."""
    if profile is None:
        return None
    for key, heading in profile.headings.items():
        if heading.strip() == text:
            return key
    for spec in profile.perspectives:
        if spec.heading.strip() == text:
            return "perspectives"
    return None


def add_anchors(html: str, profile) -> str:
    """Put ``<a name="sec-KEY">`` before each section heading, and ``sec-KEY-N`` before the N-th
    h3 inside it (options and cost tables follow the option being edited)."""
    out: list[str] = []
    pos = 0
    seen: set[str] = set()
    sections: list[tuple[int, int, str]] = []
    for m in _H2.finditer(html):
        text = html_lib.unescape(_TAGS.sub("", m.group(2))).strip()
        key = section_for_heading(profile, text)
        if key is not None:
            sections.append((m.start(), m.end(), key))
    for i, (start, end, key) in enumerate(sections):
        out.append(html[pos:start])
        if key not in seen:
            out.append(f'<a name="sec-{key}"></a>')
            seen.add(key)
        out.append(html[start:end])
        stop = sections[i + 1][0] if i + 1 < len(sections) else len(html)
        body = html[end:stop]
        counter = iter(range(1, 1000))
        body = _H3.sub(
            lambda m, k=key, n=counter: f'<a name="sec-{k}-{next(n)}"></a><h3{m.group(1)}>', body
        )
        out.append(body)
        pos = stop
    out.append(html[pos:])
    result = "".join(out)
    if "signatures" not in seen:
        result = _SIGNATURE.sub('<a name="sec-signatures"></a><p class="signature"', result, count=1)
    return '<a name="sec-top"></a>' + result


class Preview(QTextBrowser):
    """Shows the memo as it will look; follows the section being edited."""

    rendered = Signal(float)  # milliseconds for render + display

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Förhandsgranskning av skrivelsen"))
        self.document().setDefaultStyleSheet(CSS)
        self.document().setDocumentMargin(28)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_now)
        self.section = "top"
        self.last_ms = 0.0
        self.last_render_ms = 0.0
        self._dirty = True
        self.hold = False  # True until the window has painted once (fast start-up)
        self._chart_image = None
        self._chart_key = None

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
        profile = self.services.profile()
        if profile is None:
            return self._message(self.tr("Organisationens mall kunde inte läsas: {error}").format(
                error=self.services.profile_error))
        from memo_builder.render.pipeline import render_html

        try:
            html = render_html(self.services.doc.memo, profile, library=self.services.library())
            self._register_chart()
        except Exception as exc:  # a broken organisation template must not take the editor down
            from memo_builder.settings import log_exception

            log_exception(exc)
            return self._message(
                self.tr("Förhandsgranskningen kunde inte visas ({name}). Det du skrivit finns kvar.")
                .format(name=type(exc).__name__)
            )
        return add_anchors(html, profile)

    def _register_chart(self) -> None:
        """Paint the cost chart the template refers to (the Word file gets a native chart)."""
        from memo_builder.gui.chart_image import paint_chart
        from memo_builder.model.costs import memo_costs
        from memo_builder.render.charts import cost_chart

        chart = cost_chart(memo_costs(self.services.doc.memo))
        if chart is None:
            self._chart_image = self._chart_key = None
            return
        width = max(320, min(self.viewport().width() - 80, 640))
        key = (chart, width, self.devicePixelRatioF())
        if key != self._chart_key:  # most edits are to text: repaint only when the data changes
            self._chart_image = paint_chart(chart, width, self.devicePixelRatioF())
            self._chart_key = key

    def loadResource(self, kind: int, url):  # noqa: N802 - Qt API
        # setHtml() clears a document's added resources, so answer the lookup instead.
        from memo_builder.render.charts import CHART_SRC

        if url.toString() == CHART_SRC and self._chart_image is not None:
            return self._chart_image
        return super().loadResource(kind, url)

    def _message(self, text: str) -> str:
        return f"<p><em>{html_lib.escape(text)}</em></p>"

    def refresh_now(self) -> None:
        self.timer.stop()
        t0 = time.perf_counter()
        html = self.render_html()
        t1 = time.perf_counter()
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(html)
        bar.setValue(position)
        self._dirty = False
        self.last_render_ms = (t1 - t0) * 1000
        self.last_ms = (time.perf_counter() - t0) * 1000
        self.rendered.emit(self.last_ms)

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
        self.scrollToAnchor(f"sec-{section}")
