"""Step 7, Förslag till beslut: decision points, the administration's assessment, cooperation,
attachments and signatures.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.fields import DateField, TextEdit
from memo_builder.gui.widgets.lists import RowList
from memo_builder.model import swedish
from memo_builder.model.memo import Attachment, DecisionPoint, Person
from memo_builder.render.bodies import points_name_the_board


class DecisionStep(StepPage):
    key = "decision"
    section = "proposal"

    def help_html(self) -> str:
        # The example period starts next year, so it never reads as a date long gone.

        year = self.today().year + 1
        return self.tr(
            "Skriv förslaget så att det kan genomföras och klistras in i protokollet som redan "
            "beslutat. <b>En åtgärd per beslutspunkt</b>, numrerade. Skriv hela, begripliga "
            "formuleringar med period och belopp där det behövs, t.ex. ”förnya avtalet om licenser "
            "för perioden {start}–{end}”. Förvaltningens bedömning är neutral och tar upp "
            "de ekonomiska konsekvenserna. Bilagor listas med datum."
        ).format(start=swedish.long_date(date(year, 1, 1)),
                 end=swedish.long_date(date(year + 2, 12, 31)))

    def build(self) -> None:
        doc = self.doc
        memo = lambda: doc.memo  # noqa: E731
        card = self.card(self.tr("Beslutspunkter"))
        self.intro = QLabel()
        self.intro.setObjectName("muted")
        self.intro.setWordWrap(True)
        card.add(self.intro)
        # The intro follows the points as they are typed, not only at the next refresh.
        doc.changed.connect(lambda *_: self._show_intro())
        follow = lambda s: self.sectionFocused.emit(s)  # noqa: E731

        def point_row(binder, item, index):
            edit = TextEdit(2)
            edit.setAccessibleName(self.tr("Beslutspunkt {n}").format(n=index + 1))
            edit.setPlaceholderText(self.tr("En åtgärd, t.ex. förnya avtalet om … för perioden …"))
            binder.text(edit, item, "text", None, "proposal", self.tr("Ändra beslutspunkt"))
            return edit, {"text": edit}

        self.points = RowList(doc, lambda: doc.memo.decision_points, point_row, DecisionPoint,
                              add_text=self.tr("Lägg till beslutspunkt"), noun=self.tr("Beslutspunkter"),
                              numbered=True, section_cb=follow)
        card.add(self.points)
        self.binder.register("decision_points", self.points.add_button, "proposal")

        card = self.card(self.tr("Förvaltningens bedömning"))
        self.assessment = card.add(TextEdit(6))
        self.assessment.setAccessibleName(self.tr("Förvaltningens bedömning"))
        self.binder.text(self.assessment, memo, "assessment", "assessment", "assessment",
                         self.tr("Ändra bedömning"))
        card = self.card(self.tr("Samverkan"),
                         self.tr("Hur ärendet har behandlats med arbetstagarorganisationerna, om det behövs."))
        self.cooperation = card.add(TextEdit(3))
        self.cooperation.setAccessibleName(self.tr("Samverkan"))
        self.binder.text(self.cooperation, memo, "cooperation", "cooperation", "cooperation")

        def attachment_row(binder, item, index):
            w = QWidget()
            h = QHBoxLayout(w)
            h.setContentsMargins(0, 0, 0, 0)
            title = QLineEdit()
            title.setPlaceholderText(self.tr("Bilagans titel"))
            title.setAccessibleName(self.tr("Bilaga {n}, titel").format(n=index + 1))
            binder.line(title, item, "title", None, "attachments")
            when = DateField()
            when.setAccessibleName(self.tr("Bilaga {n}, datum").format(n=index + 1))
            binder.date(when, item, "date", None, "attachments")
            h.addWidget(title, 1)
            h.addWidget(when)
            return w, {"title": title, "date": when}

        card = self.card(self.tr("Bilagor"))
        self.attachments = RowList(doc, lambda: doc.memo.attachments, attachment_row, Attachment,
                                   add_text=self.tr("Lägg till bilaga"), noun=self.tr("Bilagor"),
                                   numbered=True, section_cb=follow)
        card.add(self.attachments)
        self.binder.register("attachments", self.attachments.add_button, "attachments")

        def signature_row(binder, item, index):
            w = QWidget()
            h = QHBoxLayout(w)
            h.setContentsMargins(0, 0, 0, 0)
            name = QLineEdit()
            name.setPlaceholderText(self.tr("Namn"))
            name.setAccessibleName(self.tr("Underskrift {n}, namn").format(n=index + 1))
            binder.line(name, item, "name", None, "signatures")
            title = QLineEdit()
            title.setPlaceholderText(self.tr("Titel, t.ex. förvaltningsdirektör"))
            title.setAccessibleName(self.tr("Underskrift {n}, titel").format(n=index + 1))
            binder.line(title, item, "title", None, "signatures")
            for label, field in ((self.tr("Namn:"), name), (self.tr("Titel:"), title)):
                caption = QLabel(label)
                caption.setBuddy(field)
                h.addWidget(caption)
                h.addWidget(field, 1)
            return w, {"name": name, "title": title}

        card = self.card(self.tr("Underskrifter"))
        self.signatures = RowList(doc, lambda: doc.memo.signatures, signature_row, Person,
                                  add_text=self.tr("Lägg till underskrift"), noun=self.tr("Underskrifter"),
                                  section_cb=follow)
        card.add(self.signatures)
        self.binder.register("signatures", self.signatures.add_button, "signatures")
        self.refresh()

    def refresh(self) -> None:
        self.binder.refresh()
        self.points.refresh()
        self.attachments.refresh()
        self.signatures.refresh()
        self._show_intro()

    def _show_intro(self) -> None:
        """What the memo writes above the points: "X beslutar att", or nothing when every point
        is a whole sentence that names the board (as the memo itself does)."""
        profile = self.services.profile()
        case = self.doc.memo.case
        board = case.board.strip() or self.tr("Nämnden")
        board_word = profile.for_case(case.administration, case.board).words.get(
            "board_word", "") if profile else ""
        points = [p.text for p in self.doc.memo.decision_points]
        if points_name_the_board(points, case.board, board_word):
            self.intro.setText(self.tr("Punkterna är hela meningar som börjar med {board}; "
                                       "memot skriver dem utan inledning.").format(board=board))
            return
        intro = profile.phrase("proposal_intro", board=board) if profile else ""
        self.intro.setText(intro or board)

    def focus_path(self, path: str) -> bool:
        parts = parse_path(path)
        lists = {"decision_points": self.points, "attachments": self.attachments,
                 "signatures": self.signatures}
        if parts and parts[0][0] in lists and parts[0][1] is not None:
            w = lists[parts[0][0]].field(parts[0][1], parts[1][0] if len(parts) > 1 else None)
            if w is not None:
                self.focus_widget(w)
                return True
        return super().focus_path(path)
