"""Step 6, Juridik: the case's facts, caveats offered from the library for the decision date,
and the administration's own assessment of each chosen caveat.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from memo_builder.gui import labels
from memo_builder.gui.field_paths import parse_path
from memo_builder.gui.resources import icon
from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.widgets.fields import TextEdit
from memo_builder.gui.widgets.form import Notice, hbox, row
from memo_builder.gui.widgets.lists import ListDetail
from memo_builder.gui.widgets.secrecy_card import SecrecyCard
from memo_builder.model.legal import caveat_for_memo, coming_entries, library_update
from memo_builder.model.memo import Assessment, LegalCaveat, Severity


class LegalStep(StepPage):
    key = "legal"
    section = "legal"

    def help_html(self) -> str:
        return self.tr(
            "Markera vad ärendet omfattar, så föreslås de juridiska frågor som gäller på "
            "<b>beslutsdagen</b>: först de som passar ärendet, sedan för sig de övriga som gäller. "
            "En fråga som hör till något ärendet inte omfattar, till exempel AI-funktioner, passar "
            "inte, och en leverantörs eget åtagande passar bara när den leverantören finns bland "
            "alternativen. För varje fråga anger förvaltningen "
            "om förslaget <b>löser</b> den (ja, delvis, nej), varför, vilken risk som kvarstår och "
            "vad som görs åt den. Ett leverantörsåtagande är inte lag och får inte beskrivas som ett "
            "juridiskt skydd. Om förvaltningens bedömning skiljer sig från förslaget syns det i "
            "skrivelsen."
        )

    def build(self) -> None:
        doc, b = self.doc, self.binder
        facts = lambda: doc.memo.facts  # noqa: E731
        card = self.card(self.tr("Vad ärendet omfattar"))
        grid = QGridLayout()
        card.outer.addLayout(grid)
        items = [
            ("personal_data", self.tr("Personuppgifter behandlas")),
            ("confidential_data", self.tr("Uppgifter som omfattas av sekretess")),
            ("cloud_service", self.tr("Tjänsten är en molntjänst")),
            ("contract_extension", self.tr("Förlängning eller förnyelse av avtal")),
            ("security_sensitive", self.tr("Säkerhetskänslig verksamhet")),
            ("ai_features", self.tr("Tjänsten har AI-funktioner")),
        ]
        self.fact_boxes: dict[str, QCheckBox] = {}
        for i, (attr, text) in enumerate(items):
            box = QCheckBox(text)
            box.setAccessibleName(text)
            b.check(box, facts, attr, f"facts.{attr}", "legal")
            grid.addWidget(box, i // 2, i % 2)
            self.fact_boxes[attr] = box

        # -- library -------------------------------------------------------------------------------
        self.lib_card = self.card(self.tr("Förslag från biblioteket"))
        self.lib_notice = Notice("", self.lib_card)
        self.lib_notice.hide()
        self.lib_card.add(self.lib_notice)
        # A decision date after the library's last review: newer law may be missing.
        self.lib_review = Notice("", self.lib_card)
        self.lib_review.hide()
        self.lib_card.add(self.lib_review)
        self.lib_tree = QTreeWidget()
        self.lib_tree.setAccessibleName(self.tr("Juridiska frågor i biblioteket"))
        self.lib_tree.setColumnCount(4)
        self.lib_tree.setHeaderLabels([self.tr("Fråga"), self.tr("Typ"), self.tr("Hänvisning"),
                                       self.tr("Status")])
        self.lib_tree.setRootIsDecorated(False)
        self.lib_tree.setAlternatingRowColors(True)
        self.lib_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lib_tree.setWordWrap(True)
        header = self.lib_tree.header()
        header.setStretchLastSection(False)
        # Fråga can be widened by dragging its edge (a stretched column could not, and cut the
        # titles to "Direk…"); Hänvisning takes what is left, long titles wrap.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("0") * 40)
        self.lib_tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lib_tree.setMinimumHeight(self.fontMetrics().height() * 12)
        self.lib_tree.itemActivated.connect(lambda *_: self._add_selected())
        self.lib_tree.currentItemChanged.connect(self._show_entry)
        self.lib_card.add(self.lib_tree)
        self.lib_summary = QLabel()
        self.lib_summary.setWordWrap(True)
        self.lib_summary.setObjectName("muted")
        self.lib_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lib_card.add(self.lib_summary)
        self.add_from_lib = QPushButton(icon("add"), self.tr("Lägg till markerade i memot"))
        self.add_from_lib.setAccessibleName(self.add_from_lib.text())
        self.add_from_lib.clicked.connect(self._add_selected)
        self.lib_card.add(hbox(self.add_from_lib))

        # -- the memo's caveats ------------------------------------------------------------------
        self.cards = ListDetail(
            doc,
            lambda: doc.memo.caveats,
            lambda c, i: f"{i + 1}. {c.title.strip() or self.tr('(utan rubrik)')}",
            lambda: LegalCaveat(title=self.tr("Egen juridisk punkt")),
            list_title=self.tr("Juridiska bedömningar i memot"),
            detail_title=self.tr("Vald fråga"),
            add_text=self.tr("Lägg till egen punkt"),
            noun=self.tr("Juridisk punkt"),
            decorate=self._decorate,
            parent=self.content,
        )
        self.list, self.detail = self.cards.list, self.cards.detail
        right = self.detail
        b.register("caveats", self.list.list, "legal")
        self.body.addWidget(self.cards)
        cur = self.list.current
        # The library's word for the chosen caveat: what the official should check (never in
        # the memo), and an offer when the library's text for the memo's date has changed.
        self.cv_guidance = Notice("", right, level="info")
        self.cv_guidance.setAccessibleName(self.tr("Att tänka på för handläggaren"))
        self.cv_guidance.hide()
        right.add(self.cv_guidance)
        self.cv_update = Notice("", right)
        self.cv_update.hide()
        right.add(self.cv_update)
        self.cv_update_button = QPushButton(self.tr("Uppdatera till bibliotekets text"))
        self.cv_update_button.setAccessibleName(self.cv_update_button.text())
        self.cv_update_button.clicked.connect(self._apply_library_text)
        self.cv_keep_button = QPushButton(self.tr("Behåll min text"))
        self.cv_keep_button.setAccessibleName(self.cv_keep_button.text())
        self.cv_keep_button.clicked.connect(self._keep_own_text)
        self.cv_update_row = hbox(self.cv_update_button, self.cv_keep_button)
        self.cv_update_row.hide()
        right.add(self.cv_update_row)
        form = right.form()
        self.cv_title = QLineEdit()
        row(form, self.tr("Rubrik:"), self.cv_title)
        b.line(self.cv_title, cur, "title", "caveat.title", "legal")
        self.cv_reference = QLineEdit()
        row(form, self.tr("Hänvisning:"), self.cv_reference, self.tr("Lag, paragraf, mål- eller diarienummer"))
        b.line(self.cv_reference, cur, "reference", "caveat.reference", "legal")
        self.cv_kind = QComboBox()
        for key, text in labels.KIND_LABELS.items():
            self.cv_kind.addItem(labels.tr(text), key)
        row(form, self.tr("Typ:"), self.cv_kind,
            self.tr("Ett leverantörsåtagande eller ett förslag är inte gällande rätt"))
        b.combo(self.cv_kind, cur, "kind", "caveat.kind", "legal", self.tr("Ändra typ"))
        self.cv_text = TextEdit(5)
        row(form, self.tr("Text i skrivelsen:"), self.cv_text)
        b.text(self.cv_text, cur, "text", "caveat.text", "legal")
        self.cv_assessment = QComboBox()
        for a in Assessment:
            self.cv_assessment.addItem(labels.assessment(a), a.value)
        row(form, self.tr("Löser förslaget frågan?"), self.cv_assessment)
        b.combo(self.cv_assessment, cur, "assessment", "caveat.assessment", "legal",
                self.tr("Ändra bedömning"), enum=Assessment)
        self.cv_reasoning = TextEdit(3)
        row(form, self.tr("Motivering:"), self.cv_reasoning)
        b.text(self.cv_reasoning, cur, "reasoning", "caveat.reasoning", "legal")
        self.cv_risk = QComboBox()
        for s in Severity:
            self.cv_risk.addItem(labels.severity(s), s.value)
        row(form, self.tr("Kvarstående risk:"), self.cv_risk)
        b.combo(self.cv_risk, cur, "risk", "caveat.risk", "legal", self.tr("Ändra risk"), enum=Severity)
        self.cv_mitigations = TextEdit(3)
        row(form, self.tr("Åtgärder:"), self.cv_mitigations, self.tr("Vad som görs för att minska risken"))
        b.text(self.cv_mitigations, cur, "mitigations", "caveat.mitigations", "legal")
        self.cards.first_field = self.cv_title
        self.cards.currentChanged.connect(lambda _c: self._current_changed())
        self.services.libraryChanged.connect(self._refresh_library)
        self._lib_key: tuple | None = None
        self._current_changed()
        # Sekretess: confidential marks with their ground (gui/widgets/secrecy_card.py).

        self.secrecy_card = SecrecyCard(doc, self.content, analysis=self.services.analysis)
        self.body.addWidget(self.secrecy_card)
        b.register("secrecy", self.secrecy_card.table, "top")

    # -- the memo's caveats ----------------------------------------------------------------------
    def _decorate(self, item, caveat: LegalCaveat) -> None:
        name = {Assessment.YES: "ok", Assessment.PARTLY: "warning", Assessment.NO: "error"}.get(
            caveat.assessment, "empty")
        item.setIcon(icon(name))
        item.setToolTip(f"{caveat.reference}\n{labels.kind(caveat.kind)} · "
                        f"{self.tr('Bedömning')}: {labels.assessment(caveat.assessment)}")

    def _library_offer(self):
        """(entry, the library's caveat when its text differs, else None) for the current
        caveat; (None, None) for free text or an entry the library no longer has."""

        caveat = self.list.current()
        library = self.services.library()
        entry = library.get(caveat.library_id) if caveat is not None and caveat.library_id else None
        on = self.services.analysis().law_date
        if entry is None or not entry.known_on(on):
            return entry, None
        return entry, library_update(caveat, entry, self.doc.memo, on)

    def _show_library_word(self) -> None:
        entry, fresh = self._library_offer()
        guidance = self.services.analysis().entry_text(entry).guidance if entry else ""
        self.cv_guidance.setText(self.tr("Att tänka på (skrivs inte ut i memot): {text}")
                                 .format(text=guidance))
        self.cv_guidance.setVisible(bool(guidance))
        if fresh is None:
            self.cv_update.hide()
            self.cv_update_row.hide()
            return
        self.cv_update.setText(self.tr(
            "Biblioteket har en annan text för beslutsdatumet än den här frågan bygger på (ett "
            "äldre memo eller ett nyare bibliotek). Bibliotekets text:\n{text}").format(
                text=fresh.text))
        self.cv_update.show()
        self.cv_update_row.show()

    def _apply_library_text(self) -> None:
        caveat = self.list.current()
        _entry, fresh = self._library_offer()
        if caveat is None or fresh is None:
            return
        with self.doc.macro(self.tr("Uppdatera texten från biblioteket")):
            self.doc.set(caveat, "text", fresh.text, merge=False)
            self.doc.set(caveat, "reference", fresh.reference, merge=False)
            self.doc.set(caveat, "library_text", fresh.library_text, merge=False)
        self.refresh()

    def _keep_own_text(self) -> None:
        caveat = self.list.current()
        _entry, fresh = self._library_offer()
        if caveat is None or fresh is None:
            return
        self.doc.set(caveat, "library_text", fresh.library_text,
                     self.tr("Behåll egen text"), merge=False)
        self.refresh()

    def _current_changed(self) -> None:
        self._show_library_word()
        self.binder.refresh()
        i = self.list.current_index()
        if i >= 0:
            self.sectionFocused.emit(f"legal-{i + 1}")

    def map_section(self, section: str) -> str:
        if section == "legal":
            i = self.list.current_index()
            return f"legal-{i + 1}" if i >= 0 and self.focusWidget() in self.detail.findChildren(QWidget) else "legal"
        return section

    # -- library ------------------------------------------------------------------------------------
    def _refresh_library(self, force: bool = True) -> None:
        memo = self.doc.memo
        library = self.services.library()
        analysis = self.services.analysis()
        facts = analysis.facts
        key = (id(library), analysis.law_date, frozenset(facts), analysis.contract_end,
               tuple(c.library_id for c in memo.caveats))
        if not force and key == self._lib_key:
            return
        self._lib_key = key
        d = analysis.law_date
        self.lib_card.title_label.setText(
            self.tr("Förslag från biblioteket – gäller {date}").format(date=d.isoformat()))
        late = library.reviewed is not None and d > library.reviewed
        self.lib_review.setText(self.tr(
            "Biblioteket granskades senast {reviewed}; beslutsdatumet ligger efter det, så nyare "
            "lagar, domar eller vägledning kan saknas.").format(
                reviewed=library.reviewed.isoformat()) if late else "")
        self.lib_review.setVisible(late)
        problems = list(library.problems)
        if problems:
            text = self.tr("Biblioteket kunde inte läsa alla poster; övriga används:") + "\n" + \
                "\n".join(f"• {p.message}" for p in problems)
            self.lib_notice.setText(text)
            self.lib_notice.show()
        else:
            self.lib_notice.hide()
        selected = {it.data(0, Qt.ItemDataRole.UserRole) for it in self.lib_tree.selectedItems()}
        self.lib_tree.clear()
        self._entries = {}
        chosen = {c.library_id for c in memo.caveats if c.library_id}
        # What fits the case first; the rest that applies, and what is coming, each apart
        # under its own heading row, so the one that fits need not be searched for.
        fitting, rest = analysis.suggestions
        coming = [e for e in coming_entries(library, d, analysis.contract_end)
                  if e.id not in chosen]
        if fitting:
            self._add_group(self.tr("Passar ärendet ({n})").format(n=len(fitting)))
        for entry in fitting:
            self._add_entry(entry, self.tr("Passar ärendet"), True)
        if rest:
            self._add_group(self.tr("Gäller men passar inte ärendet ({n})").format(n=len(rest)))
        for entry in rest:
            self._add_entry(entry, self.tr("Gäller"), False)
        if coming:
            self._add_group(self.tr("På väg ({n})").format(n=len(coming)))
        for entry in coming:
            status = self.tr("På väg – från {date}").format(date=entry.valid_from.isoformat())
            self._add_entry(entry, status, False, coming=True)
        for i in range(self.lib_tree.topLevelItemCount()):
            it = self.lib_tree.topLevelItem(i)
            if it.data(0, Qt.ItemDataRole.UserRole) in selected:
                it.setSelected(True)
        if not self._entries:
            self.lib_summary.setText(self.tr("Alla poster som gäller är redan med i memot."))

    def _add_group(self, text: str) -> None:
        """A heading row between the groups: spans the columns, cannot be chosen."""
        it = QTreeWidgetItem([text])
        it.setFlags(Qt.ItemFlag.ItemIsEnabled)
        f = it.font(0)
        f.setBold(True)
        f.setItalic(True)
        it.setFont(0, f)
        # Shaded, so a heading never reads as one more entry that fits.
        it.setBackground(0, self.palette().mid())
        it.setForeground(0, self.palette().brightText())
        self.lib_tree.addTopLevelItem(it)
        it.setFirstColumnSpanned(True)

    def entry_rows(self) -> list[QTreeWidgetItem]:
        """The library's entry rows (not the group headings), top to bottom."""
        rows = [self.lib_tree.topLevelItem(i) for i in range(self.lib_tree.topLevelItemCount())]
        return [r for r in rows if r.data(0, Qt.ItemDataRole.UserRole)]

    def _add_entry(self, entry, status: str, fits: bool, coming: bool = False) -> None:
        reference = self.services.analysis().entry_text(entry).reference
        it = QTreeWidgetItem([entry.title, labels.kind(entry.kind), reference, status])
        it.setData(0, Qt.ItemDataRole.UserRole, entry.id)
        it.setToolTip(0, entry.summary)
        it.setToolTip(2, reference)
        if fits:
            f = it.font(0)
            f.setBold(True)
            it.setFont(0, f)
        if coming:
            it.setIcon(3, icon("info"))
        if entry.kind in ("vendor", "proposal"):
            it.setIcon(1, icon("warning"))
        self._entries[entry.id] = entry
        self.lib_tree.addTopLevelItem(it)

    def _show_entry(self, item, _previous=None) -> None:
        if item is None:
            self.lib_summary.setText("")
            return
        entry = self._entries.get(item.data(0, Qt.ItemDataRole.UserRole))
        if entry is None:
            self.lib_summary.setText("")
            return
        # The library's maintenance notes belong here, for the official; never in the memo.
        text = self.services.analysis().entry_text(entry)
        lines = [f"{entry.title} ({labels.kind(entry.kind)}): {text.summary}"]
        if text.guidance:
            lines.append(self.tr("Att tänka på (skrivs inte ut i memot): {text}").format(
                text=text.guidance))
        lines.append(self.tr("Känd sedan {date}: {source}").format(
            date=entry.known.isoformat(), source=entry.known_from_source))
        for day, change in text.coming:
            lines.append(self.tr("Ändras medan avtalet löper (med option), från {date}: {text}").format(
                date=day.isoformat(), text=change))
        if text.unverified:
            lines.append(self.tr("Ej bekräftat i biblioteket: {note}").format(note=text.unverified))
        self.lib_summary.setText("\n".join(lines))

    def _add_selected(self) -> None:
        items = self.lib_tree.selectedItems() or (
            [self.lib_tree.currentItem()] if self.lib_tree.currentItem() else [])
        entries = [self._entries[i.data(0, Qt.ItemDataRole.UserRole)] for i in items
                   if i.data(0, Qt.ItemDataRole.UserRole) in self._entries]
        if not entries:
            return
        caveats = self.doc.memo.caveats
        with self.doc.macro(self.tr("Lägg till juridiska frågor")):
            for entry in entries:
                caveat = caveat_for_memo(entry, self.doc.memo, self.services.analysis().law_date)
                self.doc.append(caveats, caveat)
        self.refresh()
        self.list.select(caveats[-len(entries)])
        self.cv_assessment.setFocus()

    # -- refresh ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if hasattr(self, "secrecy_card"):
            self.secrecy_card.refresh()
        self.cards.refresh()
        self.binder.refresh()
        self._show_library_word()
        self._refresh_library(force=False)

    def rebuild(self) -> None:
        self._lib_key = None
        self.refresh()

    def focus_path(self, path: str) -> bool:
        parts = parse_path(path)
        if parts and parts[0][0] == "caveats" and parts[0][1] is not None:
            self.list.select_index(parts[0][1])
            name = parts[1][0] if len(parts) > 1 else "text"
            widget = self.binder.registry.get(f"caveat.{name}", self.cv_text)
            self.focus_widget(widget)
            return True
        return super().focus_path(path)
