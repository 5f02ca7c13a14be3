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
