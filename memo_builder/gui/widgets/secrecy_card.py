"""The card where the official marks items as confidential (sekretess), each with its ground.

Lists every mark with the item it stands on and its ground, and adds, changes or removes marks
through the undo stack like every other edit. What the public version withholds because of a
mark is computed in ``model/secrecy.py``; the card lists it, from the revision's one analysis
(``public_account``), as the public version is made from it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from memo_builder.gui.widgets.form import Card
from memo_builder.model.memo import Memo, SecrecyMark, SecretKind
from memo_builder.model.secrecy import (
    GROUNDS,
    KIND_LABELS,
    is_osl_ground,
    public_account,
    split_paragraphs,
)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def markable_items(memo: Memo) -> list[tuple[str, SecretKind, str, int]]:
    """(what the list shows, kind, target id, paragraph) for everything that can be marked."""
    items = []
    for i, option in enumerate(memo.options, 1):
        name = _short(option.title) or f"Alternativ {i}"
        for line in option.cost_lines:
            desc = _short(line.description, 40) or "kostnadsrad"
            for kind in (SecretKind.UNIT_PRICE, SecretKind.VOLUME, SecretKind.AMOUNT):
                items.append((f"Alt. {i}, {desc}: {KIND_LABELS[kind].lower()}", kind, line.id, 0))
        items.append((f"Alt. {i} ({name}): alla kostnader", SecretKind.OPTION_COSTS, option.id, 0))
        items.append((f"Alt. {i} ({name}): beskrivningen", SecretKind.OPTION_DESCRIPTION,
                      option.id, 0))
    for n, paragraph in enumerate(split_paragraphs(memo.background), 1):
        items.append((f"Bakgrunden, stycke {n}: {_short(paragraph, 40)}", SecretKind.BACKGROUND,
                      "", n))
    for i, caveat in enumerate(memo.caveats, 1):
        items.append((f"Juridisk bedömning {i}: {_short(caveat.title, 40)}",
                      SecretKind.LEGAL_ASSESSMENT, caveat.id, 0))
    for i, attachment in enumerate(memo.attachments, 1):
        items.append((f"Bilaga {i}: {_short(attachment.title, 40)}", SecretKind.ATTACHMENT,
                      attachment.id, 0))
    return items


def describe_mark(memo: Memo, mark: SecrecyMark) -> str:
    for text, kind, target, paragraph in markable_items(memo):
        if kind is mark.kind and target == mark.target and paragraph == mark.paragraph:
            return text
    if mark.kind is SecretKind.BACKGROUND and mark.paragraph == 0:
        return "Hela bakgrunden"
    return f"{KIND_LABELS.get(mark.kind, 'Uppgift')} (finns inte längre i memot)"


class SecrecyCard(Card):
    """Sekretess: the marks, and the form that adds or changes one."""

    def __init__(self, doc, parent: QWidget | None = None, analysis=None) -> None:
        super().__init__(
            self.tr("Sekretess"), parent,
            self.tr("Markera uppgifter som omfattas av sekretess, med grunden i offentlighets- "
                    "och sekretesslagen (OSL). Nämndens version visar allt, märkt; den offentliga "
                    "versionen ersätter uppgiften, och allt som skulle avslöja den, med en "
                    "upplysning om sekretessen."),
        )
        self.doc = doc
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Uppgift"), self.tr("Sekretessgrund")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Sekretessmarkerade uppgifter"))
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.table.itemSelectionChanged.connect(self._selected)
        self.add(self.table)

        self.item = QComboBox(self)
        self.item.setAccessibleName(self.tr("Uppgift att markera"))
        self.ground = QComboBox(self)
        self.ground.setEditable(True)
        self.ground.setAccessibleName(self.tr("Sekretessgrund"))
        # The items' texts are long ("Alternativ 1, rad 3: …"): size the combos to the column,
        # not to their longest item, or the whole Juridik page scrolls sideways.
        for combo, chars in ((self.item, 24), (self.ground, 16)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        for provision, what in GROUNDS:
            self.ground.addItem(f"{provision} – {what}", provision)
        self.ground.setCurrentIndex(0)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Uppgift:"), self))
        form.addWidget(self.item, 3)
        form.addWidget(QLabel(self.tr("Grund:"), self))
        form.addWidget(self.ground, 2)
        self.outer.addLayout(form)

        self.mark_button = QPushButton(self.tr("Markera som sekretess"), self)
        self.mark_button.clicked.connect(self.add_mark)
        self.change_button = QPushButton(self.tr("Ändra grund"), self)
        self.change_button.clicked.connect(self.change_ground)
        self.remove_button = QPushButton(self.tr("Ta bort markering"), self)
        self.remove_button.clicked.connect(self.remove_mark)
        buttons = QHBoxLayout()
        for b in (self.mark_button, self.change_button, self.remove_button):
            b.setAccessibleName(b.text())
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.outer.addLayout(buttons)

        self.authority = QLineEdit(self)
        self.authority.setAccessibleName(self.tr("Myndighet som gjort markeringen"))
        self.authority.setPlaceholderText(self.tr("Förvaltningen (standard)"))
        self.authority.editingFinished.connect(self._authority_edited)
        self.marked_on = QLineEdit(self)
        self.marked_on.setAccessibleName(self.tr("Datum för sekretessmarkeringen"))
        self.marked_on.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD (standard: memots datum)"))
        self.marked_on.editingFinished.connect(self._date_edited)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Markeringen görs av:"), self))
        row.addWidget(self.authority, 2)
        row.addWidget(QLabel(self.tr("den:"), self))
        row.addWidget(self.marked_on, 1)
        self.outer.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.add(self.status)
        # What the public version withholds, and why: the same catalogue it is made from.
        self._analysis = analysis
        self.withheld_title = QLabel(self.tr("Den offentliga versionen utelämnar:"), self)
        self.add(self.withheld_title)
        self.withheld = QLabel(self)
        self.withheld.setWordWrap(True)
        self.withheld.setTextFormat(Qt.TextFormat.PlainText)
        self.withheld.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.withheld.setAccessibleName(self.tr("Det som den offentliga versionen utelämnar"))
        self.add(self.withheld)

    # -- reading the form ---------------------------------------------------------------------
    def ground_text(self) -> str:
        text = self.ground.currentText().strip()
        index = self.ground.currentIndex()
        if index >= 0 and text == self.ground.itemText(index):
            return self.ground.itemData(index) or text
        return text.split(" – ")[0].strip()

    def _marks(self) -> list[SecrecyMark]:
        return self.doc.memo.secrecy.marks

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else -1

    # -- edits (through the undo stack) ---------------------------------------------------------
    def add_mark(self) -> None:
        data = self.item.currentData()
        if data is None:
            self.status.setText(self.tr("Det finns inget att markera ännu."))
            return
        kind, target, paragraph = data
        for i, m in enumerate(self._marks()):
            if m.kind is kind and m.target == target and m.paragraph == paragraph:
                self.table.selectRow(i)
                self.status.setText(self.tr("Uppgiften är redan markerad; ändra grunden i stället."))
                return
        mark = SecrecyMark(kind=kind, target=target, paragraph=paragraph, ground=self.ground_text())
        self.doc.append(self._marks(), mark, self.tr("Markera som sekretess"))
        self.refresh()
        self.table.selectRow(len(self._marks()) - 1)

    def change_ground(self) -> None:
        i = self._current_row()
        if 0 <= i < len(self._marks()):
            self.doc.set(self._marks()[i], "ground", self.ground_text(),
                         self.tr("Ändra sekretessgrund"), merge=False)
            self.refresh()

    def remove_mark(self) -> None:
        i = self._current_row()
        if 0 <= i < len(self._marks()):
            self.doc.remove(self._marks(), i, self.tr("Ta bort sekretessmarkering"))
            self.refresh()

    def _authority_edited(self) -> None:
        self.doc.set(self.doc.memo.secrecy, "authority", self.authority.text().strip(),
                     self.tr("Ändra vem som gör sekretessmarkeringen"))

    def _date_edited(self) -> None:
        text = self.marked_on.text().strip()
        try:
            value = date.fromisoformat(text) if text else None
        except ValueError:
            self.status.setText(self.tr("Datumet {text} kunde inte läsas. Skriv det som "
                                        "ÅÅÅÅ-MM-DD, till exempel 2018-04-26.").format(text=text))
            return
        self.doc.set(self.doc.memo.secrecy, "marked_on", value,
                     self.tr("Ändra datum för sekretessmarkeringen"))

    def _selected(self) -> None:
        i = self._current_row()
        if 0 <= i < len(self._marks()):
            self.ground.setEditText(self._marks()[i].ground)

    # -- showing the model ----------------------------------------------------------------------
    def refresh(self) -> None:
        memo = self.doc.memo
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for text, kind, target, paragraph in markable_items(memo):
            self.item.addItem(text, (kind, target, paragraph))
        if current is not None:
            index = self.item.findData(current)
            if index >= 0:
                self.item.setCurrentIndex(index)
        self.item.blockSignals(False)
        marks = self._marks()
        selected = self._current_row()
        self.table.setRowCount(len(marks))
        for i, mark in enumerate(marks):
            what = QTableWidgetItem(describe_mark(memo, mark))
            ground = mark.ground.strip()
            shown = ground or self.tr("(grund saknas)")
            if ground and not is_osl_ground(ground):
                shown += " " + self.tr("(inte en bestämmelse i OSL)")
            grounds = QTableWidgetItem(shown)
            for cell in (what, grounds):
                cell.setToolTip(f"{what.text()} – {shown}")
            self.table.setItem(i, 0, what)
            self.table.setItem(i, 1, grounds)
        if 0 <= selected < len(marks):
            self.table.selectRow(selected)
        self.table.resizeColumnToContents(0)
        if not self.authority.hasFocus():
            self.authority.setText(memo.secrecy.authority)
        if not self.marked_on.hasFocus():
            day = memo.secrecy.marked_on
            self.marked_on.setText(day.isoformat() if day else "")
        self._show_withheld(memo, bool(marks))
        self.change_button.setEnabled(bool(marks))
        self.remove_button.setEnabled(bool(marks))
        self.status.setText(
            (self.tr("1 uppgift är markerad som sekretess.") if len(marks) == 1 else
             self.tr("{n} uppgifter är markerade som sekretess.").format(n=len(marks)))
            + " " + self.tr("Välj Visa → Visa offentlig version för att se vad som lämnas ut.")
            if marks else self.tr("Inga uppgifter är markerade som sekretess.")
        )

    def _show_withheld(self, memo, any_marks: bool) -> None:
        rows = []
        if any_marks and self._analysis is not None:
            rows = public_account(memo, self._analysis().withholding)
        self.withheld_title.setVisible(bool(rows))
        self.withheld.setVisible(bool(rows))
        self.withheld.setText("\n".join(f"• {what}: {why}" for what, why in rows))
