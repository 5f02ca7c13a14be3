"""Text → clean paragraphs: what a web page or a PDF copy adds to a plan is taken out.

Plans copied from the web come with site navigation, share/like/download prompts,
URLs, "related articles" lists and paywall noise, sometimes spam lines before the
text, and — from some mirror sites — pinyin after every character (學(xué)習(xí)).
Copies from PDFs break sentences at the end of every printed line. This module
removes the noise and joins broken lines without dropping any of the plan's own
words; traditional → simplified conversion is an explicit option.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.importing.markers import MARKER_START, match_marker

_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ"
_PINYIN = re.compile(rf"\((?:[a-zü]*[{_TONE}][a-zü{_TONE}]*)\)")
# What a pinyin-annotated page leaves where a character was mangled: "??h區", "?cè)".
_PINYIN_DEBRIS = re.compile(rf"\?+[a-zü{_TONE}]*\)?")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")
_FULLWIDTH_DIGIT = re.compile("[０-９]")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_SPACE_NEAR_CJK = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")
_HTML_START = re.compile(r"\s*(?:<!doctype html|<html|<head|<meta|<body|<div|<p[\s>])", re.IGNORECASE)
_HTML_SKIP = re.compile(r"<(script|style|head|noscript|iframe)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_HTML_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div|li|tr|h[1-6]|table|section|article|ul|ol)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]+>")
# A copy that lost its line breaks: "…工作。二、推进改革…" — a heading starts a new paragraph.
_EMBEDDED_HEADING = re.compile(
    r"(?:(?<=[。；！？!?])\s*|\s+)(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)"
)
# What every such heading starts with (a superset, tested first: it starts with a plain
# character, so the engine skips ahead to where one stands; most paragraphs hold none).
_HEADING_START = re.compile("[一二三四五六七八九十（(第][一二三四五六七八九十、]")
_MARKDOWN = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]*|\*\*|__")
_URL = re.compile(r"(?:https?://|www\.)[\w./?=&%#:~+\-]*", re.IGNORECASE)

# A line that is nothing but page chrome: short, and made of the site's vocabulary.
_CHROME_WORDS = re.compile(
    r"分享|收藏|点赞|點贊|赞赏|讚賞|打赏|赏赞|扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|订阅号|公众号|"
    r"联系客服|聯繫客服|客服|阅读全文|閱讀全文|查看更多|点击下载|點擊下載|下载文档|下載文檔|"
    r"登录|登陆|登錄|注册|註冊|热门推荐|熱門推薦|本周热门|本月热门|相关内容|相關內容|推荐度|推薦度|"
    r"上一篇|下一篇|返回顶部|返回首頁|返回首页|加入收藏|字号|字號|打印本页|关闭窗口|關閉窗口|"
    r"文章导读|文章導讀|关于本文|關於本文|本文标题|本文標題|链接地址|鏈接地址|领取福利|領取福利|"
    r"预计阅读|預計閱讀|阅读时长|閱讀時長|浏览次数|瀏覽次數|评论|評論|举报|舉報|版权所有|版權所有|"
    r"免责声明|免責聲明|文档为doc格式|文檔為doc格式|在手机阅读|在手機閱讀|请选择|請選擇|"
    r"尚未有人|赶紧来一个|趕緊來一個|请赞赏|請讚賞|请赏赞|"
    r"主办单位|主辦單位|承办单位|承辦單位|备案号|備案號|ICP|网站标识码|網站標識碼|技术支持|技術支持|"
    r"网站地图|網站地圖|联系我们|聯繫我們|设为首页|設為首頁"
)
_HEADER_FIELD = re.compile(
    r"^(?:时间|時間|来源|來源|作者|导语|導語|发布时间|發布時間|发布日期|發布日期|更新时间|浏览|瀏覽|"
    r"点击|點擊|阅读|閱讀|编辑|編輯|责任编辑|責任編輯|字体|字體)\s*[:：]"
)
# Sentences a content farm writes about its own text ("下面是…小编给大家整理的…，仅供参考。").
_SITE_WORDS = re.compile(r"小编|小編|仅供参考|僅供參考|本站|欢迎参考|歡迎參考|网友上传|網友上傳|范文网|範文網")
_SITE_SENTENCE = re.compile(
    r"[^。！？!?]*(?:小编|小編|仅供参考|僅供參考|本站|欢迎参考|歡迎參考|网友上传|網友上傳|范文网|範文網)[^。！？!?]*[。！？!?]?"
)
# From here on the page lists other articles or a paywall: nothing after belongs to the plan.
_TAIL_START = re.compile(
    r"(?:看过|看過).{0,40}(?:还看了|還看了)|(?:相关|相關)(?:文章|阅读|閱讀|推荐|推薦|内容|內容)|"
    r"(?:精选文章|精選文章|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|热门文章|熱門文章|延伸阅读|延伸閱讀)|"
    r"(?:阅读全文|閱讀全文)|[(（]?想阅读完全部|(?:点击下载|點擊下載)"
)
_SPAM_WORDS = re.compile(
    r"免费|免費|在线观看|在線觀看|视频|視頻|成人|黄色|黃色|色综合|色綜合|欧美|歐美|亚洲|亞洲|国产|國產|"
    r"一本道|无码|無碼|彩票|棋牌|博彩|娱乐城|娛樂城|赌场|賭場|老熟妇|伊人|av|AV"
)
_NUMBER_ONLY = re.compile(r"^[¥￥$]?\s*[\d.,，:：\-—\s]+[元]?$")
_PAGE_NUMBER = re.compile(r"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
_MENU = re.compile(r"^(?:[^\s，。；：,.;:、]{1,6}[ |｜·]+){3,}[^\s，。；：,.;:、]{1,6}$")  # 首页 新闻 范文 工作计划
_BREADCRUMB = re.compile(r"(?:[^>]{1,12}>){2,}")
_SENTENCE_END = "。！？!?…”’」』)）】"  # a wrapped line may end in ，；： too

_TRADITIONAL_HINTS = re.compile(r"[們這個為來說學對國會發點時與產實現經進關體務應當還過]")
_SIMPLIFIED_HINTS = re.compile(r"[们这个为来说学对国会发点时与产实现经进关体务应当还过]")


@dataclass
class CleanText:
    paragraphs: list[str]
    warnings: list[str] = field(default_factory=list)
    is_traditional: bool = False


def clean_text(text: str, *, to_simplified: bool = False) -> CleanText:
    """Paragraphs of the plan's own text, in order, with the noise removed."""
    warnings: list[str] = []
    if _HTML_START.match(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    if _FULLWIDTH_DIGIT.search(text):
        text = text.translate(_FULLWIDTH_DIGITS)
    text, pinyin = _PINYIN.subn("", text)
    if pinyin >= 5:
        text, debris = _PINYIN_DEBRIS.subn("", text)
        if debris:
            warnings.append(f"原文有 {debris} 处乱码（?）无法还原，已删去，请对照原件核对。")
    if "#" in text or "**" in text or "__" in text:  # Markdown: headings and emphasis are not words
        text = _MARKDOWN.sub("", text)
    text = _SPACES.sub(" ", text)  # the spaces of every line at once (none is a line break)
    lines = [line.strip() for line in text.split("\n")]
    # A line holds a URL only if the text does: most texts hold none, and no line is searched.
    lines = _drop_chrome(lines, urls=_URL.search(text) is not None)
    paragraphs: list[str] = []
    for para in _join_broken_lines(lines):
        if _HEADING_START.search(para):
            paragraphs += _EMBEDDED_HEADING.split(para)
        else:
            paragraphs.append(para)
    traditional = is_traditional(" ".join(paragraphs[:200]))
    if to_simplified:
        paragraphs = to_simplified_chinese(paragraphs)
    elif traditional:
        warnings.append("文档是繁体字；如需转为简体，请勾选“繁体转简体”（命令行 --simplified）。")
    return CleanText(paragraphs, warnings, traditional)


def html_to_text(markup: str) -> str:
    """A web page saved as .html: its text, one block element per line."""
    markup = _HTML_SKIP.sub("", markup)
    markup = _HTML_BREAK.sub("\n", markup)
    return html.unescape(_HTML_TAG.sub("", markup))


def is_traditional(text: str) -> bool:
    """Traditional-only characters clearly outnumber their simplified forms."""
    trad = len(_TRADITIONAL_HINTS.findall(text))
    return trad >= 5 and trad > 3 * len(_SIMPLIFIED_HINTS.findall(text))


def to_simplified_chinese(paragraphs: list[str]) -> list[str]:
    """OpenCC t2s on all paragraphs at once (one converter call for speed)."""
    import opencc

    converted = opencc.OpenCC("t2s").convert("\n".join(paragraphs))
    return converted.split("\n")


def _drop_chrome(lines: list[str], *, urls: bool = True) -> list[str]:
    kept: list[str] = []
    seen_body = False
    running = _running_heads(lines)
    for line in lines:
        if not line:
            kept.append("")
            continue
        if line in running:
            continue
        if seen_body and _TAIL_START.match(line):
            break
        if _SITE_WORDS.search(line):
            line = _SITE_SENTENCE.sub("", line)
        if urls and _URL.search(line):
            # A line that held a URL keeps only real sentences; a site slogan goes.
            line = _SPACE_NEAR_CJK.sub("", _URL.sub("", line)).strip()
            if "。" not in line and not MARKER_START.match(line):
                continue
        marked = MARKER_START.match(line) is not None
        if _is_chrome(line, seen_body, marked):
            continue
        kept.append(line)
        if marked or len(line) >= 40:
            seen_body = True
    return kept


def _running_heads(lines: list[str]) -> set[str]:
    """Short lines repeated on every printed page of a PDF copy ("XX局文件")."""
    counts = Counter(line for line in lines if 0 < len(line) <= 30)
    return {
        line for line, n in counts.items()
        if n >= 3 and line[-1] not in _SENTENCE_END + "：:" and not MARKER_START.match(line)
    }


def _is_chrome(line: str, seen_body: bool, marked: bool) -> bool:
    """Page furniture; a numbered line or a finished sentence is the plan's own text.

    ``marked``: the line starts with an outline marker (``MARKER_START``)."""
    if _NUMBER_ONLY.match(line) or _PAGE_NUMBER.match(line):
        return True
    if not seen_body and (_HEADER_FIELD.match(line) or _MENU.match(line)):
        return True
    if marked or line.endswith("。"):
        return False
    if len(line) <= 40 and _CHROME_WORDS.search(line):
        return True
    if len(line) <= 60 and ">" in line and "。" not in line and _BREADCRUMB.match(line):
        return True
    if line.endswith(">>") or line.endswith("》》"):
        return True
    if "。" in line:
        return False
    spam = len(_SPAM_WORDS.findall(line))
    return spam >= 3 or (spam >= 2 and not seen_body)


def _join_broken_lines(lines: list[str]) -> list[str]:
    """Paragraphs: consecutive lines are joined when the text was wrapped mid-sentence.

    A PDF copy wraps at a fixed width, so a line that is as long as the page is wide
    and ends without punctuation continues on the next line — unless the next line
    starts a new numbered item. Short lines (headings) are never joined.
    """
    width = _wrap_width(lines)
    paragraphs: list[list[str]] = []  # the pieces of each paragraph, joined once at the end
    joinable = False
    for line in lines:
        if not line:
            joinable = False
            continue
        if joinable and paragraphs and not _starts_item(line):
            paragraphs[-1] += (_joiner(paragraphs[-1][-1], line), line)
        else:
            paragraphs.append([line])
        joinable = (
            width > 0 and len(line) >= width * 0.85 and line[-1] not in _SENTENCE_END
            and not _TITLE_END.search(line)
        )
    return ["".join(pieces) for pieces in paragraphs]


# A title line ends the title even when it is as wide as the page ("…实施方案的通知").
_TITLE_END = re.compile(r"(?:的通知|的意见|的意見|要点|要點|工作计划|工作計劃|实施方案|實施方案|行动方案|行動方案)$")


def _starts_item(line: str) -> bool:
    """A wrapped line may begin with "三是…" or "1.9万…": only a sure marker starts an item."""
    marker = match_marker(line)
    return marker is not None and not marker.weak


def _wrap_width(lines: list[str]) -> int:
    """The printed line width of a PDF copy, or 0 when lines were not wrapped.

    Wrapped lines pile up at one length and end without punctuation; headings and
    web paragraphs do not, so a document without such a pile is left alone.
    """
    long_lines = [line for line in lines if len(line) >= 10]
    unfinished = Counter(len(line) for line in long_lines if line[-1] not in _SENTENCE_END)
    if not unfinished:
        return 0
    width = max(unfinished, key=lambda n: (sum(unfinished[n + d] for d in (-2, -1, 0, 1, 2)), n))
    pile = sum(unfinished[width + d] for d in (-2, -1, 0, 1, 2))
    if pile < max(3, len(long_lines) // 4) or width > 120 or width < 20:
        return 0
    return width


def _joiner(left: str, right: str) -> str:
    """Keep a space between two Latin words; Chinese text joins directly."""
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return " "
    return ""
