"""Reading the State Council's annual holiday notice (国务院办公厅关于20XX年部分节假日安排的通知).

The clerk pastes the notice's text; every festival line becomes days off (休) and make-up
working days (班)::

    二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。

What the lines of real notices vary in, and what is read here:

- ranges with 至, —, –, -, ～ or 到; the second end may omit the month (至23日) or carry a
  year (2026年12月31日至2027年1月2日); a 元旦 range starting in December belongs to the
  year before the notice's;
- one day off (1月1日（周五）放假), 与周末连休, 不调休, several 上班 days in one sentence;
- two festivals on one line (中秋节、国庆节：…);
- the weekday in brackets, 周三 or 星期三 (星期日/星期天/周日/周天), checked against the date;
  other brackets (农历除夕, 农历八月十五) are read past;
- 共N天 checked against the range;
- lines that only encourage (鼓励…安排职工在除夕休息) create no day off; the title, the
  preamble, the closing words and the signature are read past.

Anything bad or ambiguous raises :class:`NoticeError` naming the line (第N行); the caller
saves nothing then.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

FESTIVALS = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
_ALIASES = {"清明": "清明节", "劳动": "劳动节", "五一": "劳动节", "端午": "端午节", "中秋": "中秋节",
            "国庆": "国庆节", "五一劳动节": "劳动节", "新年": "元旦"}
WEEKDAY_NAMES = "一二三四五六日"
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9, "十": 10}

_NAME = "|".join(sorted({*FESTIVALS, *_ALIASES}, key=len, reverse=True))
# 二、春节：  /  (二)中秋节、国庆节:  /  春节:
_FESTIVAL_LINE = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[、.])?\s*"
    rf"((?:{_NAME})(?:\s*[、和与及]\s*(?:{_NAME}))*)\s*[:]\s*(.*)$"
)
_TITLE_YEAR = re.compile(r"(\d{4})\s*年\s*(?:部分)?\s*节假日")
# One date: [YYYY年]M月D日 | D日 (month from the context), then any brackets.
_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]((?:\s*\([^()]*\))*)")
_RANGE_SEP = re.compile(r"^\s*(?:至|到|—+|–|-|~|〜)\s*")
_BRACKET = re.compile(r"\(([^()]*)\)")
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天])")
_TOTAL = re.compile(r"共\s*([\d一二两三四五六七八九十]+)\s*天")
_DATEISH = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


class NoticeError(ValueError):
    """Text that cannot be read safely; ``str()`` is a Chinese sentence naming the line."""


@dataclass(frozen=True)
class NoticeDay:
    day: date
    kind: str      # "休" (day off) or "班" (make-up working day)
    name: str      # 春节 / 春节调休
    line: int      # 1-based line of the notice text


@dataclass(frozen=True)
class Notice:
    year: int
    days: tuple[NoticeDay, ...]

    def differing(self) -> list[NoticeDay]:
        """The days that differ from Monday–Friday (weekday holidays, weekend make-up days)."""
        return [d for d in self.days if (d.kind == "休") == (d.day.weekday() < 5)]


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.replace("〔", "(").replace("〕", ")").replace("【", "(").replace("】", ")")


def notice_year(text: str) -> int | None:
    """The year the notice is about, from its title (关于2027年部分节假日安排的通知)."""
    for line in _normalise(text).splitlines():
        m = _TITLE_YEAR.search(line)
        if m:
            return int(m.group(1))
    return None


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGITS[text[1]]
    if text.endswith("十"):
        return _CN_DIGITS[text[0]] * 10
    if "十" in text:
        a, b = text.split("十")
        return _CN_DIGITS[a] * 10 + _CN_DIGITS[b]
    return _CN_DIGITS[text]


def _canonical(name: str) -> str:
    return _ALIASES.get(name, name)


class _LineReader:
    """The dates of one festival line, in order, with the month carried from one to the next."""

    def __init__(self, line_no: int, year: int, is_new_year: bool) -> None:
        self.line_no = line_no
        self.year = year
        self.is_new_year = is_new_year
        self.month: int | None = None

    def fail(self, message: str) -> NoticeError:
        return NoticeError(f"第{self.line_no}行：{message}")

    def day(self, m: re.Match, *, after: date | None = None) -> date:
        year_text, month_text, day_text, brackets = m.groups()
        if month_text is None:
            if after is not None:
                month = after.month
            elif self.month is not None:
                month = self.month
            else:
                raise self.fail(f"“{m.group(0).strip()}”没有写明月份。")
        else:
            month = int(month_text)
        if year_text is not None:
            year = int(year_text)
        elif after is not None:
            year = after.year if month >= after.month else after.year + 1
        elif month == 12 and self.is_new_year:
            year = self.year - 1      # 元旦 off days (or a make-up day) in the December before
        else:
            year = self.year
        try:
            value = date(year, month, int(day_text))
        except ValueError:
            raise self.fail(f"日期“{m.group(0).strip()}”不存在。") from None
        if not self.year - 1 <= value.year <= self.year + 1:
            raise self.fail(f"日期“{m.group(0).strip()}”不在{self.year}年前后。")
        self.month = value.month
        for inner in _BRACKET.findall(brackets or ""):
            w = _WEEKDAY.search(inner)
            if w is None:
                continue
            wanted = WEEKDAY_NAMES.index("日" if w.group(1) == "天" else w.group(1))
            if value.weekday() != wanted:
                actual = WEEKDAY_NAMES[value.weekday()]
                raise self.fail(
                    f"{value.year}年{value.month}月{value.day}日是星期{actual}，"
                    f"文中写的是“{inner.strip()}”，请核对日期。"
                )
        return value


def _sentences(body: str) -> list[str]:
    return [s.strip() for s in re.split(r"[。;]", body) if s.strip()]


def _read_off(sentence: str, reader: _LineReader) -> list[date]:
    """放假 sentence: one day or a range, then 共N天 checked."""
    m = _DATE.search(sentence)
    if m is None:
        raise reader.fail("找不到放假日期。")
    first = reader.day(m)
    rest = sentence[m.end():]
    last = first
    sep = _RANGE_SEP.match(rest)
    if sep:
        m2 = _DATE.match(rest, sep.end())
        if m2 is None:
            raise reader.fail(f"“{sentence}”中放假的截止日期不清楚。")
        last = reader.day(m2, after=first)
        rest = rest[m2.end():]
    if last < first:
        raise reader.fail(f"放假的截止日期早于开始日期：“{sentence}”。")
    if (last - first).days > 15:
        raise reader.fail(f"放假时间超过半个月，请核对：“{sentence}”。")
    if _DATEISH.search(rest.split("放假")[0]):
        raise reader.fail(f"“{sentence}”中有多个放假日期，无法确定放假区间。")
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    total = _TOTAL.search(sentence)
    if total is not None:
        try:
            count = _cn_number(total.group(1))
        except (KeyError, ValueError, IndexError):
            raise reader.fail(f"“{total.group(0)}”看不懂。") from None
        if count != len(days):
            raise reader.fail(
                f"放假区间是{len(days)}天，文中写的是“{total.group(0)}”，请核对。"
            )
    return days


def _read_work(sentence: str, reader: _LineReader) -> list[date]:
    """上班 sentence: one or more days separated by 、 or ，."""
    days = [reader.day(m) for m in _DATE.finditer(sentence)]
    if not days:
        raise reader.fail(f"“{sentence}”中没有找到上班日期。")
    return days


def parse_notice(text: str, year: int | None = None) -> Notice:
    """Read the notice; ``year`` is the year it is about (taken from the title if None).

    Raises :class:`NoticeError` for anything that cannot be read with certainty.
    """
    text = _normalise(text or "")
    titled = notice_year(text)
    if year is None:
        year = titled
    if year is None:
        raise NoticeError("无法确定是哪一年的节假日安排：请在标题中写明（如“关于2027年部分节假日安排的通知”）或选择年度。")
    if titled is not None and titled != year:
        raise NoticeError(f"通知标题写的是{titled}年，与所选的{year}年不一致。")
    if not 1990 <= year <= 2100:
        raise NoticeError(f"年度“{year}”不正确。")

    days: dict[date, NoticeDay] = {}
    festivals_seen: set[str] = set()
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        m = _FESTIVAL_LINE.match(line)
        if m is None:
            if "鼓励" in line or not _DATEISH.search(line):
                continue        # encouragement, title, preamble, closing words
            if re.search(r"放假|上班|调休|休息", line) and not _TITLE_YEAR.search(line):
                raise NoticeError(f"第{line_no}行写有放假或上班日期，但没有写明是哪个节日：“{line}”。")
            continue            # the signature's date and the like
        names = [_canonical(n.strip()) for n in re.split(r"[、和与及]", m.group(1)) if n.strip()]
        name = "、".join(dict.fromkeys(names))
        for n in names:
            if n in festivals_seen:
                raise NoticeError(f"第{line_no}行：{n}在通知中出现了两次。")
            festivals_seen.add(n)
        body = m.group(2)
        reader = _LineReader(line_no, year, "元旦" in names)
        found_off = False
        for sentence in _sentences(body):
            if "鼓励" in sentence:
                continue
            if "上班" in sentence:
                entries = [(d, "班", f"{name}调休") for d in _read_work(sentence, reader)]
            elif "放假" in sentence or "休息" in sentence:
                if found_off:
                    raise reader.fail("一个节日写了两段放假时间，无法确定。")
                found_off = True
                entries = [(d, "休", name) for d in _read_off(sentence, reader)]
            elif _DATEISH.search(sentence):
                raise reader.fail(f"“{sentence}”写有日期，但看不出是放假还是上班。")
            else:
                continue        # 共N天 on its own, 不调休, 与周末连休 ...
            for day, kind, label in entries:
                if kind == "班" and day.weekday() < 5:
                    raise reader.fail(
                        f"{day.month}月{day.day}日是星期{WEEKDAY_NAMES[day.weekday()]}，"
                        "本来就是工作日，不应列为调休上班日。"
                    )
                known = days.get(day)
                if known is not None:
                    raise reader.fail(
                        f"{day.year}年{day.month}月{day.day}日已在第{known.line}行列为"
                        f"“{known.kind}”（{known.name}），同一天不能出现两次。"
                    )
                days[day] = NoticeDay(day, kind, label, line_no)
        if not found_off:
            raise reader.fail(f"{name}没有写明放假日期。")
    if not days:
        raise NoticeError("没有找到任何节日的放假安排（应有“春节：2月15日至23日放假调休……”这样的行）。")
    return Notice(year, tuple(sorted(days.values(), key=lambda d: d.day)))
