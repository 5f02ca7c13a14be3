"""The two kinds of storage failure: the environment's fault vs the file's content."""

from __future__ import annotations


class StorageError(Exception):
    """A problem the user can act on; ``str()`` is a Chinese sentence for them."""


class SchemaTooNewError(StorageError):
    pass


class NotARegisterError(StorageError):
    """The file is not SQLite, or is damaged beyond opening."""


class NotOursError(NotARegisterError):
    """Another program's file (or an empty one): never to be repaired or replaced from a backup."""


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


class EnvironmentFault(StorageError):
    """The machine's fault, not the program's: a full disk, an I/O error, a read-only folder or
    medium, a file another program holds. The message says what to do; nothing was half-done."""


class ReadOnlyRegisterError(EnvironmentFault):
    """The register's file, folder or medium cannot be written: reading still works."""


# SQLite's primary result codes (the low byte of ``sqlite_errorcode``) that are the
# environment's fault, with what the clerk is told. Every other code is a bug of the program.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL = 10, 11, 13, 14, 15
SQLITE_NOLFS, SQLITE_AUTH, SQLITE_NOTADB = 22, 23, 26

BUSY_MESSAGE = "台账文件正被其他程序占用（另一个窗口或同事正在保存），请稍后重试。"
READONLY_MESSAGE = (
    "台账文件是只读的（文件、所在文件夹或存储介质不允许写入），无法保存修改；查看、报表和备份仍可使用。"
)
ENVIRONMENT_MESSAGES = {
    SQLITE_PERM: "没有读写台账文件的权限。请检查文件和文件夹的权限。",
    SQLITE_BUSY: BUSY_MESSAGE,
    SQLITE_LOCKED: BUSY_MESSAGE,
    SQLITE_PROTOCOL: BUSY_MESSAGE,
    SQLITE_NOMEM: "内存不足，操作未完成。请关闭其他程序后重试。",
    SQLITE_READONLY: READONLY_MESSAGE,
    SQLITE_IOERR: "读写台账文件时出错（磁盘、U 盘或网络连接故障），操作未完成。请检查后重试。",
    SQLITE_FULL: "磁盘空间已满，数据未能保存。请清理磁盘后重试。",
    SQLITE_CANTOPEN: "无法打开台账文件（文件或文件夹不存在、无法访问，或没有权限）。",
    SQLITE_NOLFS: "台账文件超出了此磁盘允许的文件大小。",
    SQLITE_AUTH: "没有访问台账文件的权限。",
}
DAMAGED_CODES = (SQLITE_CORRUPT, SQLITE_NOTADB)


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an exception, None when it carries none."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_environment_fault(exc: BaseException) -> bool:
    """An SQLite error caused by the disk, the file or another program (not a bug)."""
    code = sqlite_code(exc)
    return code is not None and (code in ENVIRONMENT_MESSAGES or code in DAMAGED_CODES)


# What the operating system says, in Chinese: ``strerror`` is English ("No space left on
# device", "Is a directory") and must not reach a clerk.
_ERRNO_TEXT = {
    "ENOSPC": "磁盘空间已满",
    "EDQUOT": "超出了磁盘配额",
    "EACCES": "没有权限",
    "EPERM": "没有权限",
    "EROFS": "文件所在的磁盘或文件夹是只读的",
    "EISDIR": "这是一个文件夹，不是文件",
    "ENOTDIR": "路径中有一部分不是文件夹",
    "ENOENT": "找不到文件或文件夹",
    "EEXIST": "文件已存在",
    "EIO": "磁盘读写错误（磁盘、U 盘或网络连接故障）",
    "ENAMETOOLONG": "文件名或路径太长",
    "EMFILE": "同时打开的文件太多",
    "ENFILE": "同时打开的文件太多",
    "EBUSY": "文件正被其他程序占用",
    "ETXTBSY": "文件正被其他程序占用",
    "EXDEV": "不能跨磁盘移动文件",
    "EINVAL": "文件名或路径无效",
    "EFBIG": "文件太大",
    "ENXIO": "设备不存在或未连接",
    "ENODEV": "设备不存在或未连接",
    "ETIMEDOUT": "网络连接超时",
    "EHOSTUNREACH": "无法连接网络上的电脑",
    "ENETUNREACH": "网络不可用",
    "ESTALE": "网络文件已失效，请重新打开",
}
_WINERROR_TEXT = {
    5: "没有权限",
    32: "文件正被其他程序占用（例如在 WPS 或 Excel 中打开）",
    33: "文件的一部分被其他程序锁定",
    39: "磁盘空间已满",
    112: "磁盘空间已满",
    53: "找不到网络路径",
    64: "网络连接已断开",
    1224: "文件正被其他程序使用",
}


def os_error_text(exc: OSError) -> str:
    """A Chinese reason for an operating-system error (never its English ``strerror``)."""
    import errno

    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR_TEXT:
        return _WINERROR_TEXT[winerror]
    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _ERRNO_TEXT:
        return _ERRNO_TEXT[name]
    if isinstance(exc, PermissionError):
        return "没有权限"
    if isinstance(exc, FileNotFoundError):
        return "找不到文件或文件夹"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹，不是文件"
    code = exc.errno or winerror
    return f"系统错误（代码 {code}）" if code else "系统错误"
