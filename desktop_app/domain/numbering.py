"""编号 derived from the tree: 3.2.4 for the 4th child of the 2nd child of the 3rd section."""

from __future__ import annotations

from collections.abc import Iterable

CN_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return CN_DIGITS[tens] + "十" + (CN_DIGITS[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if rest == 0:
            return CN_DIGITS[hundreds] + "百"
        if rest < 10:
            return CN_DIGITS[hundreds] + "百零" + CN_DIGITS[rest]
        tail = chinese_number(rest)
        if rest < 20:
            tail = "一" + tail
        return CN_DIGITS[hundreds] + "百" + tail
    return str(n)


def derive_numbers(skeleton: Iterable[tuple[int, int | None, int]]) -> dict[int, str]:
    """Map task id → "3.2.4" from (id, parent_id, position) rows.

    Siblings are counted in (position, id) order; orphans (parent not in the rows)
    are numbered as top-level items.
    """
    rows = list(skeleton)
    ids = {r[0] for r in rows}
    children: dict[int | None, list[tuple[int, int]]] = {}
    for tid, parent, pos in rows:
        key = parent if parent in ids else None
        children.setdefault(key, []).append((pos, tid))
    out: dict[int, str] = {}
    stack: list[tuple[int | None, str]] = [(None, "")]
    while stack:
        parent, prefix = stack.pop()
        for index, (_pos, tid) in enumerate(sorted(children.get(parent, [])), start=1):
            number = f"{prefix}.{index}" if prefix else str(index)
            out[tid] = number
            if tid in children:
                stack.append((tid, number))
    return out


def chinese_outline_number(number: str) -> str:
    """"3.2.4" → "三.(二).4" — the printed style of a plan's own markers."""
    parts = number.split(".")
    styled = []
    for depth, part in enumerate(parts):
        n = int(part)
        if depth == 0:
            styled.append(chinese_number(n))
        elif depth == 1:
            styled.append(f"({chinese_number(n)})")
        else:
            styled.append(str(n))
    return ".".join(styled)
