"""The errors a user can fix, in one place. The CLI prints them as one line, never a
traceback; everything else is a bug and keeps its traceback."""
from __future__ import annotations


class UserError(Exception):
    """An error a user can fix (a locked data dir, a bad query, a missing folder)."""


class InputError(ValueError):
    """A problem with the run's inputs that the user must fix (one-line message)."""
