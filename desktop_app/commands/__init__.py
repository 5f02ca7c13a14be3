"""Sub-commands of ``desktop-app-cli`` (one module each, see ``desktop_app.cli``)."""


class CliError(Exception):
    """A user-facing error; ``str()`` is the Chinese message printed on stderr."""


def backup_after_large_write(reg) -> None:
    """After a plan import, forms import or rollover from the command line: the day's extra
    backup (at most one a day), as the window takes it. A backup that fails is said on
    stderr and does not undo the write that succeeded."""
    import sys

    from desktop_app.storage import backup
    from desktop_app.storage.errors import StorageError, os_error_text

    try:
        made = backup.backup_after_large_write(reg)
    except StorageError as exc:
        print(f"注意：写入已完成，但未能备份：{exc}", file=sys.stderr)
    except OSError as exc:
        print(f"注意：写入已完成，但未能备份：{os_error_text(exc)}。", file=sys.stderr)
    else:
        if made is not None:
            print(f"已备份：{made}", file=sys.stderr)
