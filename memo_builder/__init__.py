"""Memo Builder: Swedish municipal decision memos (tjänsteutlåtanden) from structured case data."""

__version__ = "0.1.0"
