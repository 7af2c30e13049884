"""Display labels for model enums, translatable.

The model keeps Swedish labels (the memo is Swedish whatever the UI language); the GUI shows them
through Qt's translator so an English UI reads English. QT_TRANSLATE_NOOP marks them for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from memo_builder.model.memo import (
    ASSESSMENT_LABELS,
    CAVEAT_KIND_LABELS,
    COST_CATEGORY_LABELS,
    SEVERITY_LABELS,
    UNASSESSED_SEVERITY_LABEL,
    Assessment,
    CostCategory,
    Recurrence,
    Severity,
)

CONTEXT = "Labels"

_MARKED = (
    # cost categories
    QT_TRANSLATE_NOOP("Labels", "Licenser"),
    QT_TRANSLATE_NOOP("Labels", "Support och drift"),
    QT_TRANSLATE_NOOP("Labels", "Införande"),
    QT_TRANSLATE_NOOP("Labels", "Migrering"),
    QT_TRANSLATE_NOOP("Labels", "Utbildning"),
    QT_TRANSLATE_NOOP("Labels", "Intern personal"),
    QT_TRANSLATE_NOOP("Labels", "Avveckling och exit"),
    QT_TRANSLATE_NOOP("Labels", "Övrigt"),
    QT_TRANSLATE_NOOP("Labels", "Kreditering/rabatt"),
    # severities, assessments
    QT_TRANSLATE_NOOP("Labels", "Låg"),
    QT_TRANSLATE_NOOP("Labels", "Medel"),
    QT_TRANSLATE_NOOP("Labels", "Hög"),
    QT_TRANSLATE_NOOP("Labels", "Ej bedömt"),
    QT_TRANSLATE_NOOP("Labels", "Ej bedömd"),
    QT_TRANSLATE_NOOP("Labels", "Ja"),
    QT_TRANSLATE_NOOP("Labels", "Delvis"),
    QT_TRANSLATE_NOOP("Labels", "Nej"),
    # caveat kinds
    QT_TRANSLATE_NOOP("Labels", "Bindande lag"),
    QT_TRANSLATE_NOOP("Labels", "Utländsk lag som binder leverantören"),
    QT_TRANSLATE_NOOP("Labels", "Domstolsavgörande"),
    QT_TRANSLATE_NOOP("Labels", "Myndighetsbeslut"),
    QT_TRANSLATE_NOOP("Labels", "Vägledning"),
    QT_TRANSLATE_NOOP("Labels", "Leverantörsåtagande – inte lag"),
    QT_TRANSLATE_NOOP("Labels", "Förslag – inte gällande rätt"),
    QT_TRANSLATE_NOOP("Labels", "Egen punkt"),
    # recurrence
    QT_TRANSLATE_NOOP("Labels", "Årlig"),
    QT_TRANSLATE_NOOP("Labels", "Engång"),
)

KIND_LABELS: dict[str, str] = {**CAVEAT_KIND_LABELS, "": "Egen punkt"}

RECURRENCE_LABELS = {Recurrence.ANNUAL: "Årlig", Recurrence.ONE_OFF: "Engång"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def category(value: CostCategory) -> str:
    return tr(COST_CATEGORY_LABELS[value])


def severity(value: Severity) -> str:
    return tr(SEVERITY_LABELS[value])


def unassessed_severity() -> str:
    """The consequences' severity before the official has chosen one."""
    return tr(UNASSESSED_SEVERITY_LABEL)


def assessment(value: Assessment) -> str:
    return tr(ASSESSMENT_LABELS[value])


def recurrence(value: Recurrence) -> str:
    return tr(RECURRENCE_LABELS[value])


def kind(value: str) -> str:
    return tr(KIND_LABELS.get(value, value))
