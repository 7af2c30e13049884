"""Spell check in the text fields, entirely off the GUI thread.

The Swedish dictionary (``memo_builder.analysis.spelling``: hunspell-sv read by spylls) takes seconds to
load and a suggestion can take a second, so a process of its own owns the checker (a thread
would share the interpreter lock with the GUI; see bench/spell_stall.py). The GUI thread
only keeps a cache word -> correct: a highlighter underlines the words the cache knows are
wrong and sends the words it has not seen to the worker in one batch; when the answers come
back the affected fields are repainted. Typing never waits for the dictionary.

Right-click on an underlined word shows suggestions (fetched on the worker while the menu is
open) and "Lägg till i ordlistan", which writes the user's personal word list in the user data
folder. A missing or broken dictionary turns the check off with one notice; nothing else
changes.
"""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

import memo_builder
from memo_builder.analysis.spelling import add_to_personal_wordlist, memo_words
from memo_builder.files import settings

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
BATCH_MS = 120


class _Bridge(QObject):
    """Lives on the GUI thread; the worker emits these from its own thread (Qt queues them)."""

    loaded = Signal()
    unavailable = Signal(str)
    checked = Signal(dict)  # word -> bool
    suggested = Signal(str, list)


class _Worker:
    """The spell-check process (``python -m memo_builder.analysis.spelling``) and the thread that reads
    its answers. A process, because spylls is pure Python: on a thread, loading the dictionary
    held the interpreter lock long enough to freeze the window for up to a second. A plain
    subprocess with JSON lines, not multiprocessing: nothing of the program's own start-up is
    run again in the child."""

    def __init__(self, bridge: _Bridge, extra: list[str]) -> None:
        self.bridge = bridge
        self.extra = extra
        self.process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        # Requests go through a queue to a writer thread: the GUI thread never waits on a
        # full pipe while the process is busy (and what is sent before it runs waits there).
        self._outbox: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="spelling-reader", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _command(self) -> list[str] | None:
        if getattr(sys, "frozen", False):
            return None  # a frozen build has no interpreter to run the module with
        return [sys.executable, "-m", "memo_builder.analysis.spelling"]

    def _run(self) -> None:
        command = self._command()
        if command is None:
            self._emit(self.bridge.unavailable,
                       "Stavningskontrollen kan inte startas i den här installationen och är "
                       "avstängd.")
            return
        env = dict(os.environ)
        package_root = str(Path(memo_builder.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(x for x in (package_root, env.get("PYTHONPATH")) if x)
        env["PYTHONIOENCODING"] = "utf-8"
        kwargs: dict = {}
        if sys.platform == "win32":
            kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(
                subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0)
        try:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, env=env, **kwargs)
            process.stdin.write(json.dumps({"words": self.extra}, ensure_ascii=False)
                                .encode("utf-8") + b"\n")
            process.stdin.flush()
        except (OSError, ValueError) as exc:
            self._emit(self.bridge.unavailable,
                       f"Stavningskontrollen kunde inte startas ({type(exc).__name__}) och är "
                       "avstängd.")
            return
        with self._lock:
            self.process = process
        threading.Thread(target=self._write, args=(process,), name="spelling-writer",
                         daemon=True).start()
        loaded = False
        for line in process.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            kind = message.get("kind")
            if kind == "loaded":
                loaded = True
                self._emit(self.bridge.loaded)
            elif kind == "unavailable":
                self._emit(self.bridge.unavailable, str(message.get("reason", "")))
                return
            elif kind == "checked":
                self._emit(self.bridge.checked, dict(message.get("words", {})))
            elif kind == "suggested":
                self._emit(self.bridge.suggested, str(message.get("word", "")),
                           list(message.get("suggestions", [])))
        code = process.wait()
        if code not in (0, None) or not loaded:
            self._emit(self.bridge.unavailable,
                       "Stavningskontrollen avslutades oväntat och är avstängd.")

    def send(self, message: dict) -> None:
        self._outbox.put(message)

    def _write(self, process: subprocess.Popen) -> None:
        while True:
            message = self._outbox.get()
            if message is None:
                break
            try:
                process.stdin.write(json.dumps(message, ensure_ascii=False).encode("utf-8")
                                    + b"\n")
                process.stdin.flush()
            except (OSError, ValueError):
                return
        try:
            process.stdin.close()
        except OSError:
            pass

    def stop(self) -> None:
        self._outbox.put({"op": "stop"})
        self._outbox.put(None)
        with self._lock:
            process = self.process
        if process is None:
            return
        try:
            process.wait(timeout=0.3)  # still loading the dictionary: no reason to wait for it
        except subprocess.TimeoutExpired:
            process.kill()

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window (and the bridge) is gone
            pass


_LIVING_BRIDGES: list[_Bridge] = []


class SpellService(QObject):
    """The GUI side: the cache, the batches, the highlighters; one per main window."""

    #: The check is ready (True) or off with a reason.
    statusChanged = Signal(bool, str)
    suggestionsReady = Signal(str, list)

    def __init__(self, extra_words: list[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ready = False
        self.disabled_reason = ""
        self.cache: dict[str, bool] = {}
        self._pending: set[str] = set()
        self._asked: set[str] = set()
        self._highlighters: weakref.WeakSet = weakref.WeakSet()
        # Never deleted (see gui/worker_bridge.py): the reader thread may emit on it while the
        # window closes; the connections below go when this service does.
        self._bridge = _Bridge()
        _LIVING_BRIDGES.append(self._bridge)
        self._worker = _Worker(self._bridge, list(extra_words or ()))
        self._bridge.loaded.connect(self._on_loaded)
        self._bridge.unavailable.connect(self._on_unavailable)
        self._bridge.checked.connect(self._on_checked)
        self._bridge.suggested.connect(self.suggestionsReady)
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self._send)
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(60)
        self._repaint.timeout.connect(self._rehighlight_all)
        self._started = False
        self._dirty_words: set[str] = set()
        self._learnt_since_paint = False

    def start(self) -> None:
        """Load the dictionary on the spell thread (returns at once)."""
        if self._started:
            return
        self._started = True
        self._worker.start()

    def stop(self) -> None:
        self._worker.stop()

    # -- the cache ----------------------------------------------------------------------------
    def status(self, word: str) -> bool | None:
        """True/False when known, None while the worker has not answered (nothing drawn)."""
        if self.disabled_reason:
            return True
        hit = self.cache.get(word)
        if hit is None and word not in self._asked:
            self._pending.add(word)
            if not self._batch.isActive():
                self._batch.start()
        return hit

    def _send(self) -> None:
        if not self.ready or not self._pending:
            return
        words = sorted(self._pending)
        self._pending.clear()
        self._asked.update(words)
        self._worker.send({"op": "check", "words": words})

    def _on_loaded(self) -> None:
        self.ready = True
        self.statusChanged.emit(True, "")
        self._send()

    def _on_unavailable(self, reason: str) -> None:
        self.disabled_reason = reason
        self._pending.clear()
        self.statusChanged.emit(False, reason)
        self._rehighlight_all()

    def _on_checked(self, results: dict) -> None:
        self.cache.update(results)
        bad = [w for w, ok in results.items() if not ok]
        if bad:
            self._dirty_words.update(bad)
            self._repaint.start()

    def _rehighlight_all(self) -> None:
        """Repaint the fields that hold a word whose status changed (all of them after a word
        was learnt or the check turned off): a repaint costs time on the GUI thread."""
        words, self._dirty_words = self._dirty_words, set()
        for h in list(self._highlighters):
            if words and not self._learnt_since_paint:
                text = h.document().toPlainText()
                if not any(w in text for w in words):
                    continue
            h.rehighlight()
        self._learnt_since_paint = False

    # -- actions ------------------------------------------------------------------------------
    def request_suggestions(self, word: str) -> None:
        self._worker.send({"op": "suggest", "word": word})

    def add_to_wordlist(self, word: str) -> str:
        """Add ``word`` to the personal word list; returns an error line, or ""."""

        try:
            add_to_personal_wordlist(word)
        except OSError as exc:
            return f"Ordet kunde inte sparas i ordlistan: {exc.strerror or exc}."
        self.learn([word])
        return ""

    def learn(self, words: list[str]) -> None:
        """Words known from now on (the personal list, or names the memo gives)."""
        for w in words:
            self.cache[w] = True
        self._learnt_since_paint = True
        self._worker.send({"op": "known", "words": list(words)})
        self._repaint.start()

    # -- widgets --------------------------------------------------------------------------------
    def attach(self, root: QWidget) -> None:
        """Underline misspellings in every multi-line text field under ``root`` (once each)."""
        for edit in root.findChildren(QPlainTextEdit):
            if edit.isReadOnly() or edit.property("spellAttached"):
                continue
            edit.setProperty("spellAttached", True)
            highlighter = SpellHighlighter(edit.document(), self)
            self._highlighters.add(highlighter)
            edit._spell_highlighter = highlighter  # keep it alive with the widget
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda pos, e=edit: self._context_menu(e, pos))

    def _context_menu(self, edit: QPlainTextEdit, pos: QPoint) -> None:
        menu = edit.createStandardContextMenu(edit.mapToGlobal(pos))
        cursor = edit.cursorForPosition(pos)
        word, start, end = _word_at(cursor)
        if word and self.cache.get(word) is False:
            first = menu.actions()[0] if menu.actions() else None
            placeholder = menu.addAction(self.tr("Söker förslag …"))
            placeholder.setEnabled(False)
            menu.insertAction(first, placeholder)
            add = menu.addAction(self.tr("Lägg till ”{w}” i ordlistan").format(w=word))
            menu.insertAction(first, add)
            menu.insertSeparator(first)
            add.triggered.connect(lambda: self._add_word(edit, word))

            def fill(asked: str, suggestions: list) -> None:
                if asked != word or placeholder is None:
                    return
                try:
                    if not suggestions:
                        placeholder.setText(self.tr("Inga förslag"))
                        return
                    for s in suggestions[:6]:
                        act = menu.addAction(s)
                        menu.insertAction(placeholder, act)
                        act.triggered.connect(
                            lambda _=False, s=s: _replace(edit, start, end, word, s))
                    menu.removeAction(placeholder)
                except RuntimeError:  # the menu closed and was deleted meanwhile
                    pass

            self.suggestionsReady.connect(fill)
            self.request_suggestions(word)
            menu.aboutToHide.connect(lambda: _disconnect(self.suggestionsReady, fill))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.mapToGlobal(pos))
        edit._spell_menu = menu  # tests find the open menu here

    def _add_word(self, edit: QPlainTextEdit, word: str) -> None:
        problem = self.add_to_wordlist(word)
        window = edit.window()
        hint = getattr(window, "show_hint", None)
        if callable(hint):
            hint(problem or self.tr("”{w}” finns nu i din ordlista.").format(w=word))


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass


def _word_at(cursor: QTextCursor) -> tuple[str, int, int]:
    block = cursor.block()
    text = block.text()
    offset = cursor.positionInBlock()
    for m in _TOKEN.finditer(text):
        if m.start() <= offset <= m.end():
            return m.group(0), block.position() + m.start(), block.position() + m.end()
    return "", -1, -1


def _replace(edit: QPlainTextEdit, start: int, end: int, word: str, replacement: str) -> None:
    """Replace the word (if it is still there) as one edit; the binding records it for undo."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    if cursor.selectedText() != word:
        return
    cursor.insertText(replacement)


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        self.fmt = QTextCharFormat()
        self.fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.fmt.setUnderlineColor(QColor("#c62828"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        service = self.service
        if service.disabled_reason:
            return
        for m in _TOKEN.finditer(text):
            if service.status(m.group(0)) is False:
                self.setFormat(m.start(), m.end() - m.start(), self.fmt)


def enabled() -> bool:
    """Off with ``MEMO_BUILDER_SPELLING=0`` (the GUI tests) or the setting ``spelling``."""

    value = os.environ.get("MEMO_BUILDER_SPELLING")
    if value is not None:
        return value not in ("0", "false", "no", "")
    return bool(settings.get("spelling", True))


def install(window) -> SpellService | None:
    """The main window's spell check: started once the window has painted, learning the names
    each memo gives (organisation, board, suppliers, people). None when turned off."""
    if not enabled():
        return None
    service = SpellService(parent=window)

    def learn_memo() -> None:
        service.learn(sorted(memo_words(window.doc.memo, window.services.profile())))

    def status(ok: bool, reason: str) -> None:
        hint = getattr(window, "show_hint", None)
        if not ok and callable(hint):
            hint(reason)

    window.doc.replaced.connect(learn_memo)
    service.statusChanged.connect(status)
    # Pages are built on first use: attach to each as it is shown (attach is idempotent).
    stack = window.stack
    stack.currentChanged.connect(lambda i: service.attach(stack.widget(i)))
    if stack.currentWidget() is not None:
        service.attach(stack.currentWidget())
    QTimer.singleShot(0, learn_memo)
    QTimer.singleShot(1000, service.start)  # after the first paint: start-up stays fast
    return service
