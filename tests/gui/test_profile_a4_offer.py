"""The window offers A4 when a Word template imported as a profile is US Letter (issue 23)."""

from __future__ import annotations

import docx
from docx.shared import Mm

from tests.profiles.test_template_report import letter_template


def test_the_window_offers_a4_for_a_letter_template(window, answers, tmp_path, monkeypatch):
    import memo_builder.gui.dialogs as dialogs
    from memo_builder.files import settings

    source = letter_template(tmp_path / "Memo template.docx")
    answers.open_paths.append(str(source))
    answers.replies["Sidformatet är inte A4"] = ["a4"]
    monkeypatch.setattr(dialogs, "text_input", lambda *a, **k: "county")
    folder = window.organisation.import_template()
    assert any(a[0] == "Sidformatet är inte A4" and "216 × 279 mm" in a[1] for a in answers.asked)
    section = docx.Document(str(folder / "base.docx")).sections[0]
    assert round(section.page_width / Mm(1)) == 210
    created = next(a[1] for a in answers.asked if a[0] == "Profilen är skapad")
    assert "ändrades till A4" in created and "Typsnitt som används" in created
    assert folder.parent == settings.personal_profile_dir()
