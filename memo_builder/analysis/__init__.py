"""The analysis of one memo revision: computed once, shared by every reader of it."""
