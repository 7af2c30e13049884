"""Output: the export service and its formats (Word, PDF, workbook) and the accessibility check."""
