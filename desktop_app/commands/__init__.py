"""Sub-commands of ``desktop-app-cli`` (one module each, see ``desktop_app.cli``)."""


class CliError(Exception):
    """A user-facing error; ``str()`` is the Chinese message printed on stderr."""
