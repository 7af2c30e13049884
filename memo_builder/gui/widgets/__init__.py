"""Reusable form widgets for the step pages."""
