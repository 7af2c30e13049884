"""Input widgets that fit the model: multi-line text, optional dates, Swedish numbers.

None of them has a fixed pixel size for text: heights are computed from the font, so the
forms stay readable at any DPI scaling.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from memo_builder.gui.resources import icon
from memo_builder.model.swedish import number, parse_number


class TextEdit(QPlainTextEdit):
    """Multi-line plain text that keeps line breaks; Tab moves focus (keyboard navigation).

    The box grows with its text from ``lines`` up to ``max_lines`` lines, so short answers stay
    compact and long ones do not hide behind a tiny scroll bar. It does not change size while
    the official types in it (a growing box moved the check box below it under the pointer,
    issue 23): it scrolls while focused and fits its text when the focus leaves, once no mouse
    button is held (so a click that took the focus away lands where it was aimed).
    """

    def __init__(self, lines: int = 4, parent: QWidget | None = None, max_lines: int = 18) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # The memo's undo stack owns undo; the widget's own stack would fight it.
        self.setUndoRedoEnabled(False)
        self._lines = lines
        self._max_lines = max(lines, max_lines)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit())
        self._fit()

    def _fit(self) -> None:
        if self.hasFocus():
            return  # the layout stays still while typing; focusOutEvent fits it
        fm = QFontMetrics(self.font())
        visual = int(self.document().documentLayout().documentSize().height())
        lines = max(self._lines, min(self._max_lines, visual + 1))
        margins = self.contentsMargins()
        doc_margin = int(self.document().documentMargin() * 2)
        height = fm.lineSpacing() * lines + doc_margin + margins.top() + margins.bottom() + 2
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._fit_when_released()

    def _fit_when_released(self) -> None:
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QTimer.singleShot(50, self._fit_when_released)  # the click is not finished yet
            return
        self._fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()


def _hint(widget: QWidget, message: str) -> None:
    """Show a refusal next to the widget and in the main window's status bar."""
    QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), message, widget)
    window = widget.window()
    status = getattr(window, "show_hint", None)
    if callable(status):
        status(message)


class DateField(QWidget):
    """An optional ISO date (ÅÅÅÅ-MM-DD): empty means "no date". A button opens a calendar.

    A date is committed as soon as the text is a valid date (or empty), so a save, an export
    or closing the window never misses what was typed; the binding merges the commits of one
    edit into one undo step. Text that is not a date is refused with a hint when editing
    finishes (or :meth:`commit` is called) and the field keeps its last valid value.
    """

    dateEdited = Signal(object)  # datetime.date | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        fm = QFontMetrics(self.edit.font())
        self.edit.setMinimumWidth(fm.horizontalAdvance("0000-00-00") + fm.averageCharWidth() * 6)
        self.edit.setMaximumWidth(fm.horizontalAdvance("0000-00-00") + fm.averageCharWidth() * 10)
        self.button = QToolButton(self)
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Välj datum i en kalender"))
        self.button.setAccessibleName(self.tr("Välj datum i en kalender"))
        self.button.clicked.connect(self._pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.commit)
        self.edit.textEdited.connect(self._typed)
        self._value: date | None = None

    def value(self) -> date | None:
        return self._value

    def setValue(self, value: date | None) -> None:  # noqa: N802 - Qt naming
        changed = value != self._value
        self._value = value
        if self.edit.hasFocus() and (not changed or _parsed_date(self.edit.text()) == value):
            return  # the user is typing this value: keep their text
        text = value.isoformat() if value else ""
        if self.edit.text() != text:
            self.edit.setText(text)
        self._mark(False)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _mark(self, bad: bool) -> None:
        if bool(self.edit.property("invalid")) == bad:
            return
        self.edit.setProperty("invalid", bad)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def _typed(self, text: str) -> None:
        """Commit while typing whenever the text is a date; stay quiet about partial input."""
        try:
            value = _parse_date(text)
        except ValueError:
            return
        self._mark(False)
        self._set(value)

    def _set(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateEdited.emit(value)

    def commit(self) -> bool:
        """Commit the text now (editing finished, or the memo is about to be saved).

        False when the text is not a date: the field is marked and a hint is shown."""
        text = self.edit.text().strip()
        try:
            value = _parse_date(text)
        except ValueError:
            self._mark(True)
            _hint(
                self.edit,
                self.tr("{text} är inget datum. Skriv till exempel 2018-06-01.").format(
                    text=repr(text)
                ),
            )
            return False
        self._mark(False)
        self._set(value)
        self.edit.setText(value.isoformat() if value else "")
        return True

    def _pick(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Välj datum"))
        calendar = QCalendarWidget(dialog)
        calendar.setGridVisible(True)
        if self._value:
            calendar.setSelectedDate(QDate(self._value.year, self._value.month, self._value.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            q = calendar.selectedDate()
            value = date(q.year(), q.month(), q.day())
            self.setValue(value)
            self.dateEdited.emit(value)


class NumberEdit(QLineEdit):
    """A decimal number typed the Swedish way ("1 234,50"); refuses anything else with a hint.

    Like :class:`DateField`, the value is committed whenever the text is a number, so nothing
    typed is lost to a save or close that comes before the focus leaves the field.
    """

    valueEdited = Signal(object)  # Decimal

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = Decimal("0")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        fm = QFontMetrics(self.font())
        self.setMaximumWidth(fm.horizontalAdvance("0" * 14))
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._typed)

    def value(self) -> Decimal:
        return self._value

    def setValue(self, value: Decimal) -> None:  # noqa: N802
        changed = value != self._value
        self._value = value
        if self.hasFocus() and (not changed or _parsed_number(self.text()) == value):
            return  # the user is typing this value: keep their text
        text = format_decimal_input(value)
        if self.text() != text:
            self.setText(text)
        self._mark(False)

    def _mark(self, bad: bool) -> None:
        if bool(self.property("invalid")) == bad:
            return
        self.setProperty("invalid", bad)
        self.style().unpolish(self)
        self.style().polish(self)

    def _typed(self, text: str) -> None:
        """Commit while typing whenever the text is a number; stay quiet about partial input."""
        value = _parsed_number(text)
        if value is None:
            return
        self._mark(False)
        self._set(value)

    def _set(self, value: Decimal) -> None:
        if value != self._value:
            self._value = value
            self.valueEdited.emit(value)

    def commit(self) -> bool:
        """Commit the text now (editing finished, or the memo is about to be saved).

        False when the text is not a number: the field is marked and a hint is shown."""

        try:
            value = parse_number(self.text()) if self.text().strip() else Decimal("0")
        except ValueError as exc:
            self._mark(True)
            _hint(self, str(exc))
            return False
        self._mark(False)
        self._set(value)
        self.setText(format_decimal_input(value))
        return True


def _parse_date(text: str) -> date | None:
    text = text.strip()
    return date.fromisoformat(text) if text else None


def _parsed_date(text: str) -> date | None | bool:
    """The date in ``text``, None for empty, False when it is not a date."""
    try:
        return _parse_date(text)
    except ValueError:
        return False


def _parsed_number(text: str) -> Decimal | None:
    """The number in ``text`` (empty is 0), None when it is not a number."""

    if not text.strip():
        return Decimal("0")
    try:
        return parse_number(text)
    except ValueError:
        return None


def format_decimal_input(value: Decimal | None) -> str:
    """A number as a Swedish user would type it: grouped, decimal comma, no trailing zeros."""
    if value is None:
        return ""

    value = Decimal(value)
    exponent = value.normalize().as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    return number(value, min(decimals, 6)).replace("\u00a0", " ").replace("\u2212", "-")
