"""Step 2, Bakgrund: the summary (what happened and why) and the case background."""

from __future__ import annotations

from memo_builder.gui.steps.base import StepPage
from memo_builder.gui.summary_draft_panel import SummaryDraftPanel
from memo_builder.gui.widgets.fields import TextEdit


class BackgroundStep(StepPage):
    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "summary_draft"):
            self.summary_draft.refresh()

    key = "background"
    section = "summary"

    def help_html(self) -> str:
        return self.tr(
            "<b>Sammanfattningen</b> säger vad som har hänt och varför ärendet kommer till nämnden "
            "nu, och vad förvaltningen föreslår. Den kopieras ofta till kallelsen och protokollet, "
            "så den ska kunna läsas ensam. Skriv hela meningar, vårdat, enkelt och begripligt "
            "(språklagen 11 §). <b>Bakgrunden</b> beskriver tidigare beslut och det som har hänt sedan dess."
        )

    def build(self) -> None:
        memo = lambda: self.doc.memo  # noqa: E731
        card = self.card(self.tr("Sammanfattning"),
                         self.tr("Några stycken: vad ärendet gäller, vad som händer om inget beslutas, "
                                 "vad förvaltningen föreslår. En tom rad skiljer stycken åt."))
        self.summary = card.add(TextEdit(9))
        self.summary.setAccessibleName(self.tr("Sammanfattning"))
        self.binder.text(self.summary, memo, "summary", "summary", "summary",
                         self.tr("Ändra sammanfattning"))

        self.summary_draft = card.add(SummaryDraftPanel(self.doc, self.services))
        card = self.card(self.tr("Bakgrund"),
                         self.tr("Tidigare beslut, avtal och händelser som förklarar ärendet."))
        self.background = card.add(TextEdit(12))
        self.background.setAccessibleName(self.tr("Bakgrund"))
        self.binder.text(self.background, memo, "background", "background", "background",
                         self.tr("Ändra bakgrund"))
