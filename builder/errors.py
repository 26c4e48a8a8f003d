"""Errors that reach the user as one line naming the file and what to do."""

from __future__ import annotations

from pathlib import Path


class UnkgError(Exception):
    """Base class of the errors unkg reports to its user."""


class InputError(UnkgError):
    """An input that cannot be built: one line, naming the file and what to do."""

    def __init__(self, path: Path | str, problem: str, hint: str) -> None:
        self.path = str(path)
        self.problem = problem
        self.hint = hint
        super().__init__(f"{self.path}: {problem}; {hint}")


class ValidationFailed(UnkgError):
    """The built graph violates the SHACL shapes."""
