"""Import failures a user can act on."""


class ImportFailed(Exception):
    """The document cannot be imported; ``str()`` is a Chinese message. Nothing was written."""
