"""Import failures a user can act on."""


class ImportFailed(Exception):
    """The document cannot be imported; ``str()`` is a Chinese message. Nothing was written."""


class ImportCancelled(ImportFailed):
    """The user cancelled a long read or write; nothing was written."""

    def __init__(self, message: str = "已取消导入，未做任何改动。") -> None:
        super().__init__(message)
