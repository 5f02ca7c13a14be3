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
