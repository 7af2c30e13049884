"""The drafted Sammanfattning beside the official's own text (``memo_builder.analysis.summary_draft``).

"Föreslå en sammanfattning" drafts it from the memo's facts as they are now and shows it, with
its LIX, in a box of its own that the official may edit. "Använd förslaget" puts it into an
empty summary; when they have written something, the button adds the draft after their text
instead. Their text is never replaced, and the step is one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from memo_builder.analysis.readability import lix
from memo_builder.analysis.summary_draft import draft_summary
from memo_builder.gui.widgets.form import hbox
from memo_builder.model.text import clean_text


class SummaryDraftPanel(QWidget):
    def __init__(self, doc, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.services = services
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.draft_button = QPushButton(self.tr("Föreslå en sammanfattning"))
        self.draft_button.setAccessibleName(self.tr("Föreslå en sammanfattning från memots uppgifter"))
        self.draft_button.setToolTip(self.tr(
            "Ett förslag i klarspråk från förslaget, kostnaderna, tidsgränsen och de juridiska "
            "frågorna. Din egen text ändras inte."))
        self.draft_button.clicked.connect(self.make_draft)
        layout.addWidget(hbox(self.draft_button))
        self.box = QWidget(self)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("muted")
        self.label.setWordWrap(True)
        inner.addWidget(self.label)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Förslag till sammanfattning"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.text.textChanged.connect(self._update_lix)
        inner.addWidget(self.text)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self.take)
        self.close_button = QPushButton(self.tr("Stäng förslaget"))
        self.close_button.clicked.connect(lambda: self.box.setVisible(False))
        inner.addWidget(hbox(self.use_button, self.close_button))
        layout.addWidget(self.box)
        self.box.setVisible(False)

    def make_draft(self) -> None:
        # The case's body words under the memo's profile ("Regionkontoret", "regionstyrelsen").
        profile = self.services.profile()
        case = self.doc.memo.case
        words = profile.for_case(case.administration, case.board).words \
            if profile is not None else None
        text = draft_summary(self.services.analysis(), words)
        if not text:
            text = self.tr("Det finns inte tillräckligt med uppgifter för ett förslag ännu. Fyll i "
                           "alternativen, kostnaderna, tidsgränsen och de juridiska frågorna.")
        self.text.setPlainText(text)
        self.refresh()
        self.box.setVisible(True)
        self.text.setFocus()

    def refresh(self) -> None:
        own = self.doc.memo.summary.strip()
        self.use_button.setText(self.tr("Lägg till under min text") if own
                                else self.tr("Använd förslaget"))
        self.use_button.setToolTip(self.tr("Din text står kvar; förslaget läggs till efter den.")
                                   if own else self.tr("Förslaget blir sammanfattningen."))

    def _update_lix(self) -> None:
        value = lix(self.text.toPlainText())
        self.label.setText(
            self.tr("Förslag från memots uppgifter – LIX {lix} ({label}). Redigera det här, "
                    "använd det eller stäng det.").format(lix=f"{value.value:.0f}", label=value.label)
            if value else self.tr("Förslag från memots uppgifter."))

    def take(self) -> None:
        draft = self.text.toPlainText().strip()
        if not draft:
            return

        memo = self.doc.memo
        own = memo.summary.rstrip()
        new = f"{own}\n\n{draft}" if own.strip() else draft
        self.doc.set(memo, "summary", clean_text(new), self.tr("Använd förslag till sammanfattning"),
                     merge=False)
        self.box.setVisible(False)
