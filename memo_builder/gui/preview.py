"""Live preview: the memo's document tree (the same one the Word file is written from), shown in
a QTextBrowser and re-rendered on a short debounce, never on the keystroke path.

The page is laid out as Word lays it out: as wide as the Word page's text (160 mm) at the
zoom shown, never narrower. It is zoomed to fit the preview's width down to a readable
:data:`MIN_FIT_ZOOM`; below that the page keeps its width and the preview scrolls sideways, so a
table is never reflowed into columns narrower than the page's and a figure never splits. Zoom in
and out from the Visa menu or with Ctrl + wheel; "Anpassa till bredden" goes back to fitting.

The HTML comes from ``render.html_preview`` and the look from the profile's style sheet
(``Profile.preview_css``); the section anchors come from the template's ``id=`` marks, so the
preview can follow the section being edited.
"""

from __future__ import annotations

import html as html_lib
import threading
import time
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QTextOption
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from memo_builder.files import settings
from memo_builder.gui import worker_bridge
from memo_builder.gui.services import Services

DEBOUNCE_MS = 300

#: The Word page's text width (A4 with 25 mm margins; the cost chart is as wide) and body size.
PAGE_TEXT_MM = 160
BODY_PT = 11.0
#: The page's white border around the text, in logical pixels at 100 %.
PAGE_MARGIN_PX = 28
#: Fitting the page to the preview's width stops here: smaller is hard to read, so below it the
#: page keeps this size and the preview scrolls sideways. Fitting never enlarges past 125 %.
MIN_FIT_ZOOM = 0.75
MAX_FIT_ZOOM = 1.25
ZOOM_STEPS = (0.5, 0.6, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


def page_width(zoom: float) -> int:
    """The page's width in logical pixels at ``zoom`` (Windows' 96 logical dpi at any scaling)."""
    return round((PAGE_TEXT_MM / 25.4 * 96 + 2 * PAGE_MARGIN_PX) * zoom)


ZOOM_SETTING = "preview_zoom"



def _renderer():
    """The renderer's modules, loaded with the first preview, after the window's first paint:
    the template engine, the memo's context, the tree, its HTML and the chart's painter
    (pyproject's PLC0415 allow-list; the window paints first, the preview follows)."""
    from memo_builder.gui import chart_image  # noqa: PLC0415
    from memo_builder.render import html_preview, pipeline, tree  # noqa: PLC0415

    return SimpleNamespace(chart_image=chart_image, html_preview=html_preview, pipeline=pipeline,
                           tree=tree)

def _saved_zoom() -> float | None:
    """The zoom chosen in an earlier session, or None (fit to the width)."""

    try:
        value = settings.get(ZOOM_SETTING)
    except (OSError, ValueError):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) \
            and ZOOM_STEPS[0] <= value <= ZOOM_STEPS[-1]:
        return float(value)
    return None


def _save_zoom(zoom: float | None) -> None:
    try:
        settings.set_value(ZOOM_SETTING, zoom)
    except OSError:
        pass  # the zoom holds for this session


class Preview(QTextBrowser):
    """Shows the memo as it will look; follows the section being edited."""

    #: The zoom shown changed (a fraction: 0.75 = 75 %).
    zoomChanged = Signal(float)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("preview")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Förhandsgranskning av skrivelsen"))
        # Lines break between words only: the default also breaks inside a word that does not
        # fit, which split figures ("50 98 / 5") and row labels ("Säker / hetslic / ens").
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        #: The zoom the user chose, or None to fit the page to the width.
        self.chosen_zoom: float | None = None
        self.zoom = 0.0
        self._wheel = 0
        self._css = None
        self._parse_cache = None  # render.tree.ParseCache: an edit re-parses only its section
        self._shown: tuple | None = None  # (page, chart key, style sheet) now in the viewer
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_later)
        self._token = worker_bridge.connect(self._rendered)
        self._render_lock = threading.Lock()
        self._busy = self._again = False
        self._logo_path = None
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
        self._apply_zoom(MIN_FIT_ZOOM)
        saved = _saved_zoom()
        if saved is not None:  # the zoom the user chose last time
            self.chosen_zoom = saved
            self._apply_zoom(saved)

    # -- zoom -------------------------------------------------------------------------------------
    def fit_zoom(self) -> float:
        """The zoom at which the page fills the preview's width, within the readable range."""
        bar = self.verticalScrollBar().sizeHint().width()  # as if it showed: no flicker
        available = self.width() - 2 * self.frameWidth() - bar
        return max(MIN_FIT_ZOOM, min(MAX_FIT_ZOOM, available / page_width(1.0)))

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 0.001), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        """Back to fitting the page to the preview's width."""
        self.chosen_zoom = None
        _save_zoom(None)
        self._apply_zoom(self.fit_zoom())

    def set_zoom(self, zoom: float) -> None:
        self.chosen_zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        _save_zoom(self.chosen_zoom)
        self._apply_zoom(self.chosen_zoom)

    def _apply_zoom(self, zoom: float) -> None:
        if abs(zoom - self.zoom) < 0.005:
            return
        self.zoom = zoom
        font = QFont(self.font())
        font.setPointSizeF(BODY_PT * zoom)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(PAGE_MARGIN_PX * zoom)
        self.setLineWrapColumnOrWidth(page_width(zoom))
        if self._chart_key is not None:  # repaint the chart at the page's new width
            self.schedule()
        self.zoomChanged.emit(zoom)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.chosen_zoom is None:
            self._apply_zoom(self.fit_zoom())

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel += event.angleDelta().y()
            while abs(self._wheel) >= 120:  # one notch; touchpads send smaller steps
                (self.zoom_in if self._wheel > 0 else self.zoom_out)()
                self._wheel -= 120 if self._wheel > 0 else -120
            event.accept()
            return
        super().wheelEvent(event)

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
            return self._profile_message()
        analysis = self.services.analysis()
        html, charts = self._render(analysis.memo, profile, analysis, self.public)
        return self._finish(html, charts, profile)

    def _profile_message(self) -> str:
        return self._message(self.tr("Organisationens mall kunde inte läsas: {error}").format(
            error=self.services.profile_error))

    def _render(self, memo, profile, analysis, public: bool = False) -> tuple[str, dict]:
        """Context, template, tree and HTML: the pure-Python part, safe off the GUI thread (it
        reads only ``memo``, the analysis's snapshot of the revision, which nobody edits)."""
        with self._render_lock:
            if self._parse_cache is None:
                self._parse_cache = _renderer().tree.ParseCache()
            try:
                # A memo with errors can only be exported as a draft: show it marked as one.
                rendered = _renderer().pipeline.render(memo, profile, library=analysis.library, analysis=analysis,
                                  draft=bool(analysis.errors()), parse_cache=self._parse_cache,
                                  public=public)
            except Exception as exc:  # a broken organisation template must not take the editor down
                settings.log_exception(exc)
                return self._message(
                    self.tr("Förhandsgranskningen kunde inte visas ({name}). Det du skrivit finns kvar.")
                    .format(name=type(exc).__name__)
                ), {}
            logo = profile.logo is not None
            alt = memo.case.organisation or profile.organisation or profile.name
            return _renderer().html_preview.to_html(rendered.tree, logo_alt=alt if logo else None), rendered.charts

    def _finish(self, html: str, charts: dict, profile) -> str:
        """The GUI thread's part: the style sheet, the chart image and the logo."""
        if profile.preview_css != self._css:
            self._css = profile.preview_css
            self.document().setDefaultStyleSheet(self._css)
        self._register_chart(charts)
        if profile.logo != self._logo_path:
            image = QImage(str(profile.logo)) if profile.logo is not None else None
            self._logo = None if image is None or image.isNull() else image
            self._logo_path = profile.logo
        return html

    def refresh_later(self) -> None:
        """The debounced refresh: render a copy of the memo on a worker thread, then show the
        page here. Typing never waits for the template (issue 14: keys were held up)."""
        self.timer.stop()
        profile = self.services.profile()
        if profile is None:
            self._show(self._profile_message(), time.perf_counter())
            return
        if self._busy:
            self._again = True  # one render at a time; the newest edit is rendered next
            return

        # The revision's one analysis, of a snapshot nobody edits: the worker renders that
        # snapshot and computes whatever parts of the analysis nobody has asked for yet, once.
        analysis = self.services.analysis()
        revision = self.services.doc.revision
        public = self.public
        t0 = time.perf_counter()
        self._busy, self._again = True, False

        bridge, token = worker_bridge.bridge(), self._token

        def work() -> None:
            result = self._render(analysis.memo, profile, analysis, public)
            try:
                bridge.done.emit(token, (revision, profile, result, t0))
            except RuntimeError:  # the window closed while this ran: nothing to show it in
                pass

        threading.Thread(target=work, name="preview-render", daemon=True).start()

    def _rendered(self, token: int, payload) -> None:
        if token != self._token:
            return  # another receiver's result
        revision, profile, (html, charts), t0 = payload
        self._busy = False
        if self._again or revision != self.services.doc.revision:
            self._again = False
            if self.isVisible():
                self.refresh_later()  # an edit came in meanwhile: render the newest memo
            if revision != self.services.doc.revision:
                return
        self._show(self._finish(html, charts, profile), t0)

    def _register_chart(self, charts: dict) -> None:
        """Paint the cost chart the tree refers to (the Word file gets a native chart)."""

        chart = next(iter(charts.values()), None)
        if chart is None:
            self._chart_image = self._chart_key = None
            return
        self._chart_src = next(iter(charts))
        width = round(PAGE_TEXT_MM / 25.4 * 96 * self.zoom)  # the chart is the page's width
        key = (chart, width, self.devicePixelRatioF())
        if key != self._chart_key:  # most edits are to text: repaint only when the data changes
            self._chart_image = _renderer().chart_image.paint_chart(chart, width, self.devicePixelRatioF())
            self._chart_key = key

    def loadResource(self, kind: int, url):  # noqa: N802 - Qt API
        # setHtml() clears a document's added resources, so answer the lookup instead.

        if self._logo is not None and url.toString() == _renderer().html_preview.LOGO_SRC:
            return self._logo
        if self._chart_image is not None and url.toString() == self._chart_src:
            return self._chart_image
        return super().loadResource(kind, url)

    def _message(self, text: str) -> str:
        return f"<p><em>{html_lib.escape(text)}</em></p>"

    def refresh_now(self) -> None:
        """Render and show at once, on this thread (screenshots, tests, first show)."""
        self.timer.stop()
        t0 = time.perf_counter()
        self._show(self.render_html(), t0)

    def _show(self, html: str, t0: float) -> None:
        # Laying the page out again is most of a refresh: skip it when the page, its chart and
        # its style sheet are what the viewer already shows (an edit the memo does not print).
        shown = (html, self._chart_key, self._css)
        if shown != self._shown:
            bar = self.verticalScrollBar()
            position = bar.value()
            self.setHtml(html)
            bar.setValue(position)
            self._shown = shown
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

        self.scrollToAnchor(_renderer().html_preview.anchor_name(section))
