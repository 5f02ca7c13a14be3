"""公文 fonts for printed reports, with a fallback to whatever CJK font is installed.

Bureau documents use 方正小标宋/黑体 for titles and 仿宋/宋体 for body text; those
exist on Chinese Windows but not everywhere, so each role walks a preference list and
then falls back to any family that can write Simplified Chinese.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

TITLE_FAMILIES = (
    "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "黑体", "SimHei",
    "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
)
HEADING_FAMILIES = (
    "黑体", "SimHei", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
)
BODY_FAMILIES = (
    "仿宋", "FangSong", "仿宋_GB2312", "FangSong_GB2312", "宋体", "SimSun", "NSimSun",
    "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "Microsoft YaHei",
    "微软雅黑", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
)


@cache
def _installed() -> tuple[list[str], list[str]]:
    families = QFontDatabase.families()
    cjk = [
        f for f in families
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)
    ]
    return families, cjk


NO_CHINESE_FONT = (
    "本机没有安装中文字体：打印或导出的 PDF 里汉字会成为空白方框，所以没有打印。"
    "请先安装一种中文字体再试——Windows：设置 ▸ 时间和语言 ▸ 语言和区域 ▸ 添加“中文(简体，中国)”；"
    "Debian/Ubuntu：sudo apt install fonts-noto-cjk（或 fonts-wqy-microhei）；"
    "其他 Linux：安装 Noto Sans CJK SC 或文泉驿字体。"
)


class NoChineseFontError(RuntimeError):
    """No installed font can write Simplified Chinese; ``str()`` names the fix."""

    def __init__(self) -> None:
        super().__init__(NO_CHINESE_FONT)


def has_chinese_font() -> bool:
    return bool(_installed()[1])


def require_chinese_font() -> None:
    """Before printing or writing a PDF: refuse with the fix rather than print squares."""
    if not has_chinese_font():
        raise NoChineseFontError()


def pick_family(preferred: tuple[str, ...]) -> str:
    """First installed family of ``preferred``, else any CJK family, else the default."""
    families, cjk = _installed()
    lowered = {f.lower(): f for f in families}
    for name in preferred:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return cjk[0] if cjk else QFont().family()


def font(role: str, point_size: float, *, bold: bool = False) -> QFont:
    """A font for ``role`` in title | heading | body."""
    preferred = {"title": TITLE_FAMILIES, "heading": HEADING_FAMILIES}.get(role, BODY_FAMILIES)
    f = QFont(pick_family(preferred))
    f.setPointSizeF(point_size)
    f.setBold(bold)
    f.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    return f
