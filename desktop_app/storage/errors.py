"""The two kinds of storage failure: the environment's fault vs the file's content."""

from __future__ import annotations


class StorageError(Exception):
    """A problem the user can act on; ``str()`` is a Chinese sentence for them."""


class SchemaTooNewError(StorageError):
    pass


class NotARegisterError(StorageError):
    """The file is not SQLite, or is damaged beyond opening."""


class RegisterBusyError(StorageError):
    """Another writer holds the file (locked)."""


class ValidationError(StorageError):
    """Input that the rules refuse (a bad date, an unknown department...)."""


class ConflictError(StorageError):
    """The stored value is no longer the one the view started from: someone (another
    page, another window, an import) changed it meanwhile. Nothing was written."""

    def __init__(self, message: str, task_ids: list[int] | None = None) -> None:
        super().__init__(message)
        self.task_ids = list(task_ids or [])


class DeletedTaskError(StorageError):
    """A write to a task that is in the recycle bin."""


class PlanClosedError(ValidationError):
    """A write to a task of a closed plan (the year was turned); reopen the plan first."""
