"""Per-item proposals: deadline, quantified indicators, lead and co-operating units.

Everything found here is a proposal the clerk confirms in the preview. Deadlines
are read against the plan year; whatever cannot be read with certainty (a masked
month "X月底前", "20xx年", "春季开学前") is kept with kind "unclear" and the note
待确认 — never turned into a date silently.

Indicators keep the number as written with its unit: "完成1.9万平方米" is value 1.9,
unit "万平方米" (not 19000 平方米), so the preview shows the clerk's own words and
no float rounding creeps in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date

from desktop_app.importing.markers import cn_to_int
from desktop_app.importing.model import Deadline, ImportItem, Indicator, Milestone
from desktop_app.importing.outline import split_title

UNCLEAR_NOTE = "完成时限待确认"

_MASK = "[xX×ｘＸ]"
_BEFORE = r"(?:前|以前|之前)"
_MASKED = re.compile(f"{_MASK}+")


# Every deadline form starts like this; testing it first keeps the long alternation
# from being tried at every position of the text. One character class turns most
# positions away at once; then each alternative opens with a plain character, which the
# engine rejects without entering it, and a number goes on only when it reads as a year,
# a month (3月, 3-5月) or a quarter (1季度). Both are implied by the forms below
# (tests/importing/test_extract.py holds the forms with and without them to the same matches).
_DEADLINE_FIRST = (
    r"(?=[0-9xX×ｘＸ一二三四第明今本上下年全暑秋春寒开開每长長常持到至在于於力])"
    r"(?=[xX×ｘＸ]|19(?:\d\d|[xX×ｘＸ]{2})|20(?:\d\d|[xX×ｘＸ]{2})"
    r"|1[0-2](?:月|\s*[-—–~～至到])|0[1-9](?:月|\s*[-—–~～至到])|[1-9](?:月|季|\s*[-—–~～至到])"
    r"|[一二三四]季|第[一二三四1-4]季|明年|今年|本年|[上下]半年|年[中底末终終内內]|全年|暑|秋季|春季|寒假"
    r"|开学|開學|每|一[周月]一|长期|長期|常[态態抓]|持[续續]|[到至在于於](?:19|20)|力[争爭](?:19|20))"
)
# Every form names a month, a season or a period (or a year of four digits); most sentences
# name none. Words and digits are two searches: each starts with a plain character or a
# digit, so the engine skips ahead to where one stands instead of trying every position.
_DEADLINE_HINT = re.compile(
    r"月|季度|半年|学期|學期|每年|年[中底末终終内內]|全年|暑|开学|開學|寒假|周|週|长期|長期|常[态態抓]|持[续續]"
)
_YEAR_DIGITS = re.compile(r"\d\d\d\d(?:年|[./\-]\d)")  # also what every _DOTTED_DATE holds
_DEADLINE_FORMS = (
    "(?:" + "|".join(
        (
            r"(?P<mrange>(?P<mr1>1[0-2]|0?[1-9])月?\s*[-—–~～至到]\s*(?P<mr2>1[0-2]|0?[1-9])月份?(?:底|末)?(?:前)?(?![\d日号]))",
            # Month-based forms share the year and month they start with.
            rf"(?:(?P<y>(?:19|20)\d{{2}}|20{_MASK}{{2}}|{_MASK}{{4}}|明年|今年)\s*年?)?"
            rf"(?P<m>1[0-2]|0?[1-9]|{_MASK}{{1,2}})月(?:"
            rf"(?P<range>(?P<d1>\d{{1,2}})[日号]?\s*[-—–~～至到]+\s*(?:(?:(?P<y2>(?:19|20)\d{{2}})年)?(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})[日号](?:{_BEFORE})?)"
            rf"|(?P<day>(?P<d>[0-3]?\d|{_MASK}{{1,2}})[日号](?P<b1>{_BEFORE})?)"
            rf"|(?P<monthend>份?(?:底|末)(?:{_BEFORE})?)"
            rf"|(?P<xun>上旬|中旬|下旬)"
            rf"|(?P<month>份(?:{_BEFORE})?)"
            rf"|(?P<month2>{_BEFORE}|内|內)"
            # "11月举办…": a month named with what is done in it.
            r"|(?P<bare>(?=[\u4e00-\u9fff])(?![日号份底末前内內上中下旬起初至到以期]|开始|開始)))",
            r"(?P<quarter>第?(?P<q>[一二三四1-4])季度(?:末|底)?(?:前)?)",
            r"(?P<half>上半年|年中|下半年)",
            rf"(?P<yearend>(?:(?P<ye>(?:19|20)\d{{2}}|20{_MASK}{{2}}|{_MASK}{{4}}|明年|今年|本年度?)\s*年?)?(?:年底|年末|年终|年終)(?:前|以前|之前)?|年内|年內|全年)",
            r"(?P<explicit>(?:到|至|在|于|於|力争|力爭)(?P<ey>(?:19|20)\d{2})年(?![\d度]|[上下]半年|[一二三四]季|第|秋|春|暑|寒)(?:底|末)?(?:前)?|(?P<ey2>(?:19|20)\d{2})年(?:底|末)(?:前|以前)?)",
            r"(?P<summer>(?:(?P<sy>(?:19|20)\d{2})年)?(?:暑期|暑假))",
            r"(?P<autumn>(?:(?P<ay>(?:19|20)\d{2})年)?(?:秋季|秋季学期|秋季學期)(?:开学|開學)前?)",
            r"(?P<vague>春季开学前|春季開學前|寒假|开学前|開學前|(?:(?:19|20)\d{2}年)?(?:秋季|春季)(?:学期|學期))",
            r"(?P<recurring>每周|每週|每月|每季度|每半年|每学期|每學期|一周一[报報次]|一月一[调調报報次])",
            r"(?P<ongoing>长期坚持|長期堅持|长期开展|長期開展|长期推进|長期推進|常态化|常態化|常抓不懈|持续推进|持續推進)",
        )
    )
    + ")"
)
_DEADLINE_RE = re.compile(_DEADLINE_FIRST + _DEADLINE_FORMS)
# "3月31日完成", "截至6月30日": a day named with its duty is a deadline, not an event.
# "8月8日组织全民健身日活动": the day an event of the task is held is its date too.
_FIRM_AFTER = re.compile(
    r"\s*(?:完成|截止|上报|上報|报送|報送|竣工|完工|交付|投入使用|到位|"
    r"举办|舉辦|举行|舉行|组织|組織|召开|召開|启动|啟動|印发|印發|出台)"
)
_FIRM_BEFORE = re.compile(r"(?:截至|截止|截止到|于|於|起至|起到|[^\d]至|直至)\s*$")
# "秋季开学工作", "上半年工作": a season named as a topic, not as a date.
_TOPIC_AFTER = re.compile(r"\s*(?:工作|期间|期間|以来|以來|有关|有關|各项|各項)")
_RECURRENCE = {"周": "weekly", "週": "weekly", "月": "monthly", "季": "quarterly", "半年": "yearly",
               "学期": "yearly", "學期": "yearly", "年": "yearly"}
# A sentence that tells what was done, not what is due: its dates are history.
_PAST_SENTENCE = re.compile(r"(?<![为為])了(?!解)|已经|已經|去年|曾经|曾經")
_SENTENCE = re.compile(r"[^。；;！？!?\n]*")

_UNIT_LABELS = (
    r"(?:牵头|牽頭|主责|主責|主办|主辦|承办|承辦|责任|責任|负责|負責|实施|實施|承担|承擔|落实|落實|"
    r"协同配合|協同配合|配合|协同|協同|协办|協辦|参与|參與)"
    r"(?:单位|單位|科室|部门|部門|股室|处室|處室|科|股|处|處)|"
    r"具体责任人|责任人|責任人|分管局领导|分管领导|分管領導|责任领导|責任領導|完成时限|完成時限|完成时间|完成時間|"
    r"时间节点|時間節點|工作标准|工作標準|牵头|牽頭|配合"
)
# The first characters of the labels above: the engine tries the labels only where one stands.
_LABEL_FIRST = "(?=[牵牽主承责責负負实實落协協配参參具分完时時工])"
# "（以上两项牵头单位：…）": a note that names the units of the items above it.
_SHARED_NOTE = re.compile(r"^\s*(?:以上|上述)")
_UNIT_LABEL_RE = re.compile(rf"{_LABEL_FIRST}(?P<label>{_UNIT_LABELS})\s*[:：]\s*")
# A bracketed note may hold a bracket of its own: （责任单位：各县（市、区）人民政府）.
_INNER = r"(?:[^（）()【】\[\]\n]|[（(][^（）()\n]{0,12}[）)])"
_BRACKETED_FIELDS = re.compile(
    rf"[（(【\[]({_INNER}*?{_LABEL_FIRST}(?:{_UNIT_LABELS})\s*[:：]{_INNER}*)[）)】\]]"
)
_TRAILING_FIELDS = re.compile(
    rf"{_LABEL_FIRST}(?:^|(?<=[。；;\s]))((?:{_UNIT_LABELS})\s*[:：][^\n]*)", re.MULTILINE
)
_NAME_SPLIT = re.compile(r"[、，,；;/／\s]+")
_AND_SPLIT = re.compile(r"(?<=[科室处處局办辦心委站队隊院校所部组組会會股馆館司厅廳团團])(?:和|及|与|與|以及)")
_NAME_TRIM = re.compile(r"^(?:由|请|請)|(?:等|等单位|等部门|负责|負責|牵头|牽頭|配合)+$")
_TRIM_FIRST, _TRIM_LAST = "由请請", "等位门责責头頭合"  # where the words _NAME_TRIM takes start / end

_VERB_GE = "达到|達到|不低于|不低於|不少于|不少於|确保|確保|力争|力爭|提高到|提升到|提高至|提升至|增加到|增长到|保持在|稳定在|穩定在|提高|提升|增长|增長"
_VERB_GT = "超过|超過|高于|高於"
_VERB_LE = "不超过|不超過|控制在|低于|低於|少于|少於"
_VERB_COUNT = (
    "新建|新增|新改扩建|改扩建|续建|續建|建设|建設|建成|改造|完成|招聘|招录|招錄|培训|培訓|创建|創建|培养|培養|"
    "引进|引進|开展|開展|举办|舉辦|增加|资助|資助|覆盖|覆蓋"
)
_COUNT_UNITS = (
    "平方米|人次|课时|課時|学时|學時|公里|万元|萬元|亿元|億元|所|名|人|个|個|套|项|項|家|间|間|台|次|场|場|期|班|处|處|篇|亩|畝|元|册|冊|节|節|条|條"
)
_NUMBER = rf"(?P<num>\d+(?:\.\d+)?|{_MASK}+)"
_VERBS = "|".join((_VERB_LE, _VERB_GT, _VERB_GE, _VERB_COUNT, "达|達"))


def _first_of(words: str) -> str:
    """A lookahead for the first characters of these words: one test turns away a position
    where none of them starts, before the words are tried one by one."""
    return "(?=[" + "".join(sorted({word[0] for word in words.split("|")})) + "])"


_VERB_FIRST = "".join(sorted({verb[0] for verb in _VERBS.split("|")}))
# Where a target can start: a number followed by its % (or 个百分点), or a verb with a number
# close behind (the verb's other characters, then up to 8 words: the {0,8} of a count below),
# nothing between that ends a clause. Most positions that pass the first character fail here.
_VERB_REACH = max(len(verb) for verb in _VERBS.split("|")) - 1 + 8
_INDICATOR_AHEAD = (
    rf"(?=[0-9][\d.]*\s*[%％‰个個]|{_MASK}+\s*[%％‰个個]"
    rf"|[{_VERB_FIRST}][^\d，。；,;、\n]{{0,{_VERB_REACH}}}[\dxX×ｘＸ])"
)
_BOUND_FIRST = _first_of("|".join((_VERB_LE, _VERB_GT, _VERB_GE, "达|達")))
_COUNT_FIRST = _first_of("|".join((_VERB_LE, _VERB_GT, _VERB_GE, _VERB_COUNT)))
_INDICATOR_RE = re.compile(
    rf"(?=[0-9xX×ｘＸ{_VERB_FIRST}]){_INDICATOR_AHEAD}(?:"
    rf"(?P<pct>(?:{_BOUND_FIRST}(?:{_VERB_LE}|{_VERB_GT}|{_VERB_GE}|达|達)[^\d，。；,;、\n]{{0,6}}?)?"
    rf"{_NUMBER}\s*(?P<pu>%|％|‰|个百分点|個百分點)\s*(?:以上|以下|以内|以內|左右)?)"
    rf"|(?P<cnt>{_COUNT_FIRST}(?:{_VERB_LE}|{_VERB_GT}|{_VERB_GE}|{_VERB_COUNT})[^\d，。；,;、\n]{{0,8}}?"
    rf"(?P<cnum>\d+(?:\.\d+)?)\s*(?P<cu>(?:万|萬|亿|億|千)?(?:{_COUNT_UNITS}))(?:以上|以下|以内|以內|左右)?))"
)

_COMPARATORS = (
    (re.compile(r"不超过|不超過|控制在|以内|以內|以下"), "<="),
    (re.compile(rf"不低于|不低於|不少于|不少於|以上|{_VERB_GE}"), ">="),  # or starting 达 (below)
    (re.compile(_VERB_GT), ">"),
    (re.compile(r"低于|低於|少于|少於"), "<"),
)


@dataclass
class _Candidate:
    deadline: Deadline
    strength: int  # 3 explicit deadline, 2 period / recurring, 1 ongoing, 0 a date in passing
    note: str = ""


def enrich(item: ImportItem, year: int | None) -> None:
    """Fill the item's proposals from its title and text (in place)."""
    original_title = item.title
    fields, item.title = extract_fields(item.title)
    more, item.text = extract_fields(item.text)
    if more:
        if fields:
            for key, value in more.items():
                fields.setdefault(key, value)
        else:
            fields = more
    if not item.title:  # the heading held nothing but its unit note
        item.title, item.text = split_title(item.text)
        item.title = item.title or original_title
    names = _unit_names(fields) if fields else []
    if names:
        item.lead, item.co_units = names[0], names[1:]
        item.evidence["lead"] = fields.get("shared", "") + "；".join(
            fields[k] for k in ("lead", "co") if fields.get(k))
    else:
        _read_unit_note(item)
        if item.lead is None and _ROLE_WORD.search(item.text):
            _read_units_in_text(item)
    if fields:
        owner, leader = fields.get("owner"), fields.get("leader")
        item.owner = _first_name(owner) if owner else None
        item.leader = _first_name(leader) if leader else None
        item.standard = fields.get("standard", "")
    else:
        item.owner = item.leader = None
        item.standard = ""
    whole = f"{item.title}。{item.text}"
    labelled = fields.get("deadline")
    source = labelled or whole
    deadline, milestones, notes = extract_schedule(source, year)
    if deadline is None and labelled:
        deadline = Deadline(text=labelled, kind="unclear")
        notes = [UNCLEAR_NOTE]
    item.deadline = deadline
    item.milestones = milestones
    if deadline is not None:
        item.evidence["deadline"] = _words_around(source, deadline.text)
    item.notes.extend(notes)
    item.indicators = extract_indicators(whole)


# --- units written without a label ------------------------------------------------

# What a unit's name ends with: 局 厅 委 部 办 科 室 中心 院 馆 政府 街道 镇 …
UNIT_SUFFIX = (
    r"(?:局|厅|廳|委|部|办|辦|科|室|中心|院|馆|館|政府|街道|镇|鎮|乡|鄉|股|站|所|队|隊|组|組|专班|專班|处|處|校|学校|學校|幼儿园|幼兒園|产业园|產業園|工业园|工業園|园区|園區|党委|黨委|"
    r"党组|黨組|机关|機關|妇联|婦聯|残联|殘聯|团委|團委|共青团|共青團|公司|集团|集團|银行|銀行|办事处|辦事處|"
    r"委员会|委員會|联合会|聯合會|协会|協會|商会|商會|学会|學會|工会|工會|红十字会|紅十字會|报社|報社|"
    r"出版社|合作社|联社|聯社|法院|检察院|檢察院|支队|支隊|大队|大隊|分局|电视台|電視台|气象台|氣象台|"
    r"科协|科協|工商联|工商聯|侨联|僑聯|文联|文聯|署|军|軍)"
)
_ENDS_LIKE_UNIT = re.compile(UNIT_SUFFIX + r"[)）]?$")
_UNIT_NAME = re.compile(rf"[\u4e00-\u9fffA-Za-z]{{1,22}}?{UNIT_SUFFIX}")
_COLLECTIVE_NAME = re.compile(r"(?:各|相关|相關|有关|有關|其他|其它)[\u4e00-\u9fff]{1,14}")
_NOT_A_NAME = re.compile(
    r"^(?:新建|改建|扩建|完成|建设|建設|开展|開展|推进|推進|组织|組織|加强|加強|落实|落實|实现|實現|确保|確保|"
    r"全面|全县|全市|全区|全省|每|由|对|對|在|于|於|按|经|經|把|将|將|向|为|為|以|从|從|含|包括|包含|其中|如|"
    r"组建|組建|成立|设立|設立|建立|培育|打造|创建|創建|争创|爭創|创办|創辦|举办|舉辦|筹建|籌建|新增|引进|引進)"
)
# The role a list of units plays, written after it: 牵头 / 负责 / 配合 / 指导 …
_ROLE = re.compile(
    r"(?:等)?(?:按照?职责分工负责|按職責分工負責|按职责负责|按職責負責|分工负责|分工負責|共同负责|共同負責|"
    r"负责落实|負責落實|具体负责|具體負責|牵头负责|牽頭負責|牵头|牽頭|负责|負責|主责|主責|主办|主辦|落实|落實|"
    r"配合|参与|參與|协助|協助|协同|協同|协办|協辦|指导|指導|督促|督导|督導|监督|監督)$"
)
_LEAD_ROLES = ("牵头", "牽頭")
_ROLE_WORD = re.compile(r"牵头|牽頭|负责|負責|配合|参与|參與|协助|協助")
_CO_ROLES = ("配合", "参与", "參與", "协助", "協助", "协同", "協同", "协办", "協辦", "指导", "指導", "督促",
             "督导", "督導", "监督", "監督")
_LIST_SPLIT = re.compile(r"[、/／]|(?<=[局厅委部办科室心院馆府道镇乡股站所队组会处校园])(?:和|及|与|與|以及)")


# The register's own departments (names and short names) while a plan is read: a name the
# directory knows is a unit even without an office ending ("教研", "组干").
KNOWN_UNITS: ContextVar[frozenset[str]] = ContextVar("known_units", default=frozenset())


@contextmanager
def known_units(names: Iterable[str]) -> Iterator[None]:
    """Read plans with the directory's names known as units (nothing changes without names)."""
    wanted = frozenset(n.strip() for n in names if n and n.strip())
    if not wanted:
        yield
        return
    token = KNOWN_UNITS.set(KNOWN_UNITS.get() | wanted)
    try:
        yield
    finally:
        KNOWN_UNITS.reset(token)


def is_unit_name(name: str) -> bool:
    """Does this read as the name of an office (县教育局, 组干科, 各学校), not as words?"""
    if name in KNOWN_UNITS.get():
        return True
    if not name or len(name) > 24 or _NOT_A_NAME.match(name) or re.search(r"\d", name):
        return False
    plain = re.sub(r"[（(][^（）()]{1,8}[）)]|、", "", name)  # 各市、县（市、区）教育局
    return bool(_UNIT_NAME.fullmatch(plain) or _COLLECTIVE_NAME.fullmatch(plain))


def read_unit_list(text: str) -> tuple[str | None, list[str]] | None:
    """（甲牵头，乙、丙参与） / （甲、乙负责） / （甲指导，乙负责落实） / 甲，乙，丙 → (lead, co).

    Every name must read as a unit, or this is not a list of units (None). Without a
    role word the first named leads, as plans declare ("列第一位者为牵头单位").
    """
    clauses = [c.strip().replace(_HIDDEN_COMMA, "，") for c in re.split(r"[，,；;]", _protect_brackets(text)) if c.strip()]
    if not clauses:
        return None
    groups: list[tuple[str, list[str]]] = []
    for clause in clauses:
        clause = re.sub(r"^(?:由|请|請)", "", clause)
        role_match = _ROLE.search(clause)
        role = role_match.group(0) if role_match else ""
        body = clause[: role_match.start()] if role_match else clause
        body = re.sub(r"等$", "", body.strip())
        names = [n.strip().replace(_HIDDEN_COMMA, "、") for n in _LIST_SPLIT.split(_protect_brackets(body))]
        names = _join_shared_endings([n for n in names if n])
        if not names or not all(is_unit_name(n) for n in names):
            return None
        groups.append((role, names))
    lead_group = next((g for g in groups if any(r in g[0] for r in _LEAD_ROLES)), None)
    lead_group = lead_group or next((g for g in groups if not any(r in g[0] for r in _CO_ROLES)), None)
    ordered = [n for _role, names in groups for n in names]
    if lead_group is None:
        return None, list(dict.fromkeys(ordered))
    lead = lead_group[1][0]
    return lead, [n for n in dict.fromkeys(ordered) if n != lead]


def _read_unit_note(item: ImportItem) -> None:
    """A trailing （县教育局、县人社局负责） or a closing "县教育局牵头，县财政局配合。"."""
    for part in ("text", "title"):
        value = getattr(item, part)
        if not value:
            continue
        line_start = value.rfind("\n") + 1
        body = value[line_start:].rstrip(" 。；;.")
        if not body:
            continue
        if body[-1] in "）)":  # a trailing parenthesis (that may hold another: 县（市、区）)
            opening = _matching_open(body)
            if opening < 0 or len(body) - opening > 122:
                continue
            words, start = body[opening + 1 : -1], opening
        elif part == "text":  # the closing sentence, named with its role
            start = max(body.rfind(sep) for sep in "。；;") + 1
            words = body[start:].strip()
            if not words or len(words) > 120 or not _ROLE_WORD.search(words):
                continue
        else:
            continue
        found = read_unit_list(words)
        if found is None or found[0] is None:
            continue
        item.lead, item.co_units = found
        item.evidence["lead"] = words
        setattr(item, part, value[: line_start + start].rstrip(" ，,；;\n"))
        return


# A unit doing its part inside a sentence: "由县教育局牵头，县发改局配合，6月底前开工",
# "县教育局、县财政局共同负责", "县财政局负责足额保障资金". Names start at a clause boundary.
_UNIT_ROLE_IN_TEXT = re.compile(
    r"(?:^|(?<=[，,。；;：:\s由]))(?![由请請])"
    rf"((?:[\u4e00-\u9fff（）()]{{2,24}}?{UNIT_SUFFIX})(?:[、和及与與](?:[\u4e00-\u9fff（）()]{{2,24}}?{UNIT_SUFFIX}))*)"
    r"等?(?:共同|具体|具體|统一|統一)?(牵头|牽頭|负责|負責|配合|参与|參與|协助|協助)"
)


def _read_units_in_text(item: ImportItem) -> None:
    leads: list[str] = []
    cos: list[str] = []
    words: list[str] = []
    for m in _UNIT_ROLE_IN_TEXT.finditer(item.text[:600]):
        names = _join_shared_endings([n for n in _LIST_SPLIT.split(m.group(1)) if n])
        if not all(is_unit_name(n) for n in names):
            continue
        (cos if m.group(2) in ("配合", "参与", "參與", "协助", "協助") else leads).extend(names)
        words.append(m.group(0))
    if not leads:
        return
    lead_first = sorted(leads, key=lambda n: 0 if f"{n}牵头" in item.text or f"{n}牽頭" in item.text else 1)
    item.lead = lead_first[0]
    item.co_units = [n for n in dict.fromkeys(lead_first[1:] + cos) if n != item.lead]
    item.evidence["lead"] = "；".join(words)


def _matching_open(text: str) -> int:
    """Where the bracket closing ``text`` opens, counting nested brackets; -1 if nowhere."""
    depth = 0
    for i in range(len(text) - 1, max(-1, len(text) - 200), -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i
    return -1


# Where a clause ends, and the last such end in a stretch (the greedy run finds it from the
# stretch's end: one pass, where a search per separator walked the text once each).
_CLAUSE_END = re.compile("[。；;，,\n]")
_LAST_CLAUSE_END = re.compile("(?s:.*)[。；;，,\n]")


def _words_around(text: str, phrase: str) -> str:
    """The clause a proposal came from, for the preview's "why"."""
    at = text.find(phrase)
    if at < 0:
        return phrase
    last = _LAST_CLAUSE_END.match(text, 0, at)
    end = _CLAUSE_END.search(text, at + len(phrase))
    return text[last.end() if last else 0: end.start() if end else len(text)].strip()


def extract_fields(text: str) -> tuple[dict[str, str], str]:
    """Labelled fields (（责任科室：…）, 牵头单位：… 配合单位：…) and the text without them."""
    found: dict[str, str] = {}
    if "：" not in text and ":" not in text:
        return found, text

    def take(match: re.Match[str]) -> str:
        segment = match.group(match.lastindex or 0)
        labels = list(_UNIT_LABEL_RE.finditer(segment))
        if labels and _SHARED_NOTE.match(segment[: labels[0].start()]):
            found["shared"] = segment[: labels[0].start()]
        for k, label in enumerate(labels):
            stop = labels[k + 1].start() if k + 1 < len(labels) else len(segment)
            value = segment[label.end():stop].strip(" ；;，,。")
            key = _field_key(label.group("label"))
            if not value:
                continue
            if key in ("lead", "co") and key in found:
                found[key] += "、" + value
            else:
                found.setdefault(key, value)
        return ""

    cleaned = _BRACKETED_FIELDS.sub(take, text)
    cleaned = _TRAILING_FIELDS.sub(take, cleaned)
    if not found:
        return found, text
    return found, _BLANK_LINES.sub("\n", cleaned).strip(" ；;，,\n")


_BLANK_LINES = re.compile(r"\n{2,}")


_FIELD_KEYS = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        ("责任人|責任人", "owner"),
        ("领导|領導", "leader"),
        ("标准|標準", "standard"),
        ("配合|协|協|参与|參與", "co"),
        ("牵头|牽頭|主责|主責|主办|主辦|承办|承辦|责任|責任|负责|負責|实施|實施|承担|承擔|落实|落實", "lead"),
    )
)


def _field_key(label: str) -> str:
    key = _KEY_OF_LABEL.get(label)
    if key is None:  # labels are the few words of _UNIT_LABELS: each is read once
        key = _KEY_OF_LABEL[label] = next(
            (key for pattern, key in _FIELD_KEYS if pattern.search(label)), "deadline")
    return key


_KEY_OF_LABEL: dict[str, str] = {}


def _unit_names(fields: dict[str, str]) -> list[str]:
    names: list[str] = []
    for key in ("lead", "co"):
        value = fields.get(key)
        if not value:
            continue
        for name in split_names(value):
            if name not in names:
                names.append(name)
    return names


def split_names(value: str, *, units: bool = True) -> list[str]:
    """组干科、机关党委和财务科 → three names; 人力资源和社会保障局 stays one; so does
    各市、县（市、区）教育局, whose 、 sit inside brackets or share the ending 教育局."""
    names: list[str] = []
    if not value:
        return names
    for piece in _NAME_SPLIT.split(_protect_brackets(value)):
        for name in _AND_SPLIT.split(piece):
            name = name.strip()
            if name[:1] in _TRIM_FIRST or name[-1:] in _TRIM_LAST:  # else nothing to trim
                name = _NAME_TRIM.sub("", name)
            name = name.replace(_HIDDEN_COMMA, "、")
            if name:
                names.append(name)
    return _join_shared_endings(names) if units else names


_HIDDEN_COMMA = "\x00"


def _protect_brackets(value: str) -> str:
    """、 inside （…） is part of a name: 县（市、区）."""
    if "（" not in value and "(" not in value:
        return value
    out, depth = [], 0
    for ch in value:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        out.append(_HIDDEN_COMMA if depth and ch in "、，," else ch)
    return "".join(out)


def _join_shared_endings(names: list[str]) -> list[str]:
    """"各市" before "县（市、区）教育局": a name without an office ending shares the next one's."""
    out: list[str] = []
    pending = ""
    known = KNOWN_UNITS.get()
    for name in names:
        if pending:
            name = f"{pending}、{name}"
            pending = ""
        if len(name) <= 4 and name is not names[-1] and not _ENDS_LIKE_UNIT.search(name) and name not in known:
            pending = name
            continue
        out.append(name)
    if pending:
        out.append(pending)
    return out


def _first_name(value: str) -> str | None:
    names = split_names(value, units=False)
    return names[0] if names else None


def extract_deadline(text: str, year: int | None) -> tuple[Deadline | None, list[str]]:
    """The item's deadline (the latest firm one) and notes on other dates or doubts."""
    deadline, _milestones, notes = extract_schedule(text, year)
    return deadline, notes


# Words that make a sentence a validity period, not a duty: "本方案自…起施行，有效期至2027年".
_VALIDITY = re.compile(
    r"有效期|有效期限|施行|试行|試行|执行至|執行至|执行期|執行期|起执行|起執行|之日起|起实施|起實施|实施期限|實施期限"
)
_CLAUSE = re.compile(r"(?:[^：:，,。；;！？!?\n]{0,8}[：:])?([^，,。；;！？!?\n]+)")


_DOTTED_DATE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})[./\-](1[0-2]|0?[1-9])(?:[./\-]([12]\d|3[01]|0?[1-9]))?(?![\d.%％万萬亿億千元])"
)


def _spell_dotted(m: re.Match[str]) -> str:
    """2024.10 → 2024年10月, 2024-6-30 → 2024年6月30日 (a spreadsheet's way of writing dates)."""
    day = f"{int(m.group(3))}日" if m.group(3) else ""
    return f"{m.group(1)}年{int(m.group(2))}月{day}"


def extract_schedule(
    text: str, year: int | None
) -> tuple[Deadline | None, list[Milestone], list[str]]:
    """The deadline, the other dates named as 时间节点 (milestones), and notes.

    The deadline is the latest date the item names; earlier dates become its
    milestones ("3月底前完成A，8月底前完成B" → deadline 8月底, milestone 3月底).
    Without any date, a recurring or ongoing wording is the deadline.
    """
    digits = _YEAR_DIGITS.search(text)
    if not digits and not _DEADLINE_HINT.search(text):
        return None, [], []
    if _VALIDITY.search(text):
        text = _VALIDITY_SENTENCES.sub("", text)
        digits = _YEAR_DIGITS.search(text)
    if digits and _DOTTED_DATE.search(text):
        text = _DOTTED_DATE.sub(_spell_dotted, text)
    candidates = [
        (c, m.start()) for m in _DEADLINE_RE.finditer(text) if (c := _candidate(m, text, year))
    ]
    if not candidates:
        return None, [], []
    if len(candidates) == 1:  # the usual case: what the general steps below come to for one date
        only = candidates[0][0]
        if only.strength == 0:
            return None, [], [only.note]
        return only.deadline, [], [only.note] if only.note else []
    strongest = max(c.strength for c, _ in candidates)
    if strongest == 0:  # only dates of events ("3月3日，省厅召开会议"): no deadline, just say so
        return None, [], [candidates[0][0].note]
    dated = [(c, at) for c, at in candidates if c.strength >= 2 and c.deadline.due]
    # "全年" / "年内" say little when the item names a date of its own ("3月底前下达全年经费").
    specific = [(c, at) for c, at in dated if c.deadline.text not in _GENERIC_YEAR]
    dated = specific or dated
    if dated:
        # The firmest wording wins ("8月20日前" over "暑期"), then the latest date.
        chosen, _ = max(dated, key=lambda pair: (pair[0].strength, pair[0].deadline.due or ""))
    else:
        pool = [c for c, _ in candidates if c.strength == strongest]
        chosen = pool[0]
    notes = [chosen.note] if chosen.note else []
    milestones: list[Milestone] = []
    for c, at in dated:
        if c is chosen or c.deadline.due == chosen.deadline.due:
            continue
        if c.deadline.due in (m.due for m in milestones):
            continue
        clause = _CLAUSE.match(text, _clause_start(text, at))
        milestones.append(Milestone(clause.group(1).strip() if clause else c.deadline.text, c.deadline.due))
    milestones.sort(key=lambda m: m.due or "")
    others = [c.deadline.text for c, _ in candidates if c is not chosen and c.strength >= 2]
    if others:
        notes.append("其他时间节点：" + "、".join(dict.fromkeys(others)))
    return chosen.deadline, milestones, notes


_GENERIC_YEAR = frozenset({"全年", "年内", "年內"})
_VALIDITY_SENTENCES = re.compile(
    r"[^。；;！？!?\n]*(?:" + _VALIDITY.pattern + r")[^。；;！？!?\n]*[。；;！？!?]?"
)


def _clause_start(text: str, position: int) -> int:
    floor = max(0, position - 200)
    return max(text.rfind(sep, floor, position) for sep in "。；;，,！？!?\n") + 1


def _candidate(m: re.Match[str], text: str, year: int | None) -> _Candidate | None:
    kind = m.lastgroup  # the form's own group closes last
    phrase = m.group(0)
    if kind == "recurring":
        unit = next((u for u in _RECURRENCE if u in phrase), "月")
        return _Candidate(Deadline(phrase, kind="recurring", recurrence=_RECURRENCE[unit]), 2)
    if kind == "ongoing":
        return _Candidate(Deadline(phrase, kind="ongoing"), 1)
    if "前" not in phrase and _PAST_SENTENCE.search(_sentence_around(text, m.start())):
        return None  # "上半年，完成了…": a report of what was done, not a deadline
    if kind == "vague":
        return _Candidate(Deadline(phrase, kind="unclear"), 2, UNCLEAR_NOTE)
    if kind in ("summer", "autumn", "half", "yearend", "vague") and "前" not in phrase and _TOPIC_AFTER.match(
        text, m.end()
    ):
        return None
    if kind == "explicit":
        y = int(m.group("ey") or m.group("ey2"))
        return _Candidate(Deadline(phrase, _iso(y, 12, 31), kind="period"), 2)
    if kind in ("summer", "autumn"):
        own = m.group("sy") or m.group("ay")
        firm = 3 if phrase.endswith("前") else 2  # "秋季开学前投入使用" is a firm date
        return _dated(phrase, int(own) if own else year, 8, 31, "period" if kind == "summer" else "date", firm)
    if kind == "half":
        if phrase == "下半年":
            candidate = _dated(phrase, year, 12, 31, "period", 2)
            candidate.deadline.start = _iso(year, 7, 1)
            return candidate
        return _dated(phrase, year, 6, 30, "period", 2)
    if kind == "yearend":
        y_text = m.group("ye") or ""
        if _MASKED.search(y_text):
            return _Candidate(Deadline(phrase, kind="unclear"), 2, "年份被隐去，" + UNCLEAR_NOTE)
        firm = 3 if "前" in phrase else 2  # "年底前通过评定" is as firm as "6月底前"
        return _dated(phrase, _year_of(y_text, year), 12, 31, "period", firm)
    if kind == "mrange":
        first, last = int(m.group("mr1")), int(m.group("mr2"))
        if first > last:
            return _Candidate(Deadline(phrase, kind="unclear"), 2, UNCLEAR_NOTE)
        candidate = _dated(phrase, year, last, _last_day(year, last), "period", 2)
        candidate.deadline.start = _iso(year, first, 1)
        return candidate
    if kind == "quarter":
        q = cn_to_int(m.group("q")) or int(m.group("q"))
        return _dated(phrase, year, q * 3, _last_day(year, q * 3), "period", 2)
    # Month-based forms: the year may be written, masked or implied.
    y_text = m.group("y") or ""
    month_text = m.group("m")
    # a month is all digits or all masks, so its first character says which
    if (y_text and _MASKED.search(y_text)) or month_text[0] in _MASK_CHARACTERS:
        return _Candidate(Deadline(phrase, kind="unclear"), 2, "日期中有被隐去的数字，" + UNCLEAR_NOTE)
    y = _year_of(y_text, year)
    month = int(month_text)
    if kind == "range":
        m2 = int(m.group("m2") or month)
        y2 = int(m.group("y2")) if m.group("y2") else y
        start_day, end_day = int(m.group("d1")), int(m.group("d2"))
        later = (y2 or 0, m2, end_day) >= (y or 0, month, start_day)
        if not _valid(month, start_day) or not _valid(m2, end_day) or not later:
            return _Candidate(Deadline(phrase, kind="unclear"), 2, UNCLEAR_NOTE)
        due = _iso(y2, m2, end_day)
        return _Candidate(Deadline(phrase, due, _iso(y, month, start_day), "date"), 3,
                          _no_year_note(y))
    if kind == "day":
        day_text = m.group("d")
        if day_text[0] in _MASK_CHARACTERS:  # all digits or all masks, as the month
            return _Candidate(Deadline(phrase, kind="unclear"), 2, "日期中有被隐去的数字，" + UNCLEAR_NOTE)
        day = int(day_text)
        if not _valid(month, day):
            return _Candidate(Deadline(phrase, kind="unclear"), 2, UNCLEAR_NOTE)
        if (m.group("b1") or _FIRM_AFTER.match(text, m.end())
                or _FIRM_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            return _Candidate(Deadline(phrase, _iso(y, month, day), kind="date"), 3,
                              _no_year_note(y))
        return _Candidate(Deadline(phrase, kind="unclear"), 0,
                          f"正文提到“{phrase}”，如是完成时限请填写")
    if kind == "monthend":
        return _dated(phrase, y, month, _last_day(y, month), "date", 3)
    if kind == "xun":
        day = {"上旬": 10, "中旬": 20}.get(m.group("xun")) or _last_day(y, month)
        return _dated(phrase, y, month, day, "period", 2)
    if "前" in phrase:
        # "5月前" is read as "by the end of April" — said in the note, for the clerk to check.
        if month == 1:
            return _Candidate(Deadline(phrase, kind="unclear"), 3, UNCLEAR_NOTE)
        candidate = _dated(phrase, y, month - 1, _last_day(y, month - 1), "date", 3)
        candidate.note = candidate.note or f"“{phrase}”按{month - 1}月底计，请核对"
        return candidate
    return _dated(phrase, y, month, _last_day(y, month), "period", 2)


def _dated(phrase: str, year: int | None, month: int, day: int, kind: str, strength: int) -> _Candidate:
    return _Candidate(Deadline(phrase, _iso(year, month, day), kind=kind), strength,
                      _no_year_note(year))


_LAST_SENTENCE_END = re.compile("(?s:.*)[。；;！？!?\n]")  # what _SENTENCE stops at


def _sentence_around(text: str, position: int) -> str:
    floor = max(0, position - 300)
    last = _LAST_SENTENCE_END.match(text, floor, position)
    start = last.end() - 1 if last else floor - 1
    m = _SENTENCE.match(text, start + 1)
    return m.group(0) if m else ""


def _year_of(y_text: str, year: int | None) -> int | None:
    if y_text.startswith("明年"):
        return year + 1 if year else None
    if y_text[:4].isdigit():
        return int(y_text[:4])
    return year


# Days per month of a common year; February is asked of the calendar (leap years).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return _MONTH_DAYS[month]


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in(2024, month)


def _last_day(year: int | None, month: int) -> int:
    if not 1 <= month <= 12:
        return calendar.monthrange(year or 2023, month)[1]  # refuses the month as it always did
    return _days_in(year or 2023, month)


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _no_year_note(year: int | None) -> str:
    return "" if year else "计划年度未定，日期待确认"


def extract_indicators(text: str) -> list[Indicator]:
    """Quantified targets: 达到70%以上, 不低于15%, 新建25所, 完成1.9万平方米."""
    found: list[Indicator] = []
    if not _NUMBER_CHARACTER.search(text):  # every target holds a number (or its mask)
        return found
    for m in _INDICATOR_RE.finditer(text):
        words, pct, number, unit, cnum, cunit = m.group(0, "pct", "num", "pu", "cnum", "cu")
        if not pct:
            number, unit = cnum, cunit
        if unit == "％":
            unit = "%"
        # a number is all digits or all masks (x, ×): its first character says which
        value = None if number[0] in _MASK_CHARACTERS else float(number)
        if value is not None and value.is_integer():
            value = int(value)
        found.append(Indicator(words.strip(), value, unit, _comparator(words)))
    return found


_MASK_CHARACTERS = "xX×ｘＸ"  # those of _MASK
_NUMBER_CHARACTER = re.compile(rf"[\d{_MASK_CHARACTERS}]")


def _comparator(text: str) -> str:
    """The bound a target sets, read from its own words (不少于 → >=, 控制在…以内 → <=)."""
    for pattern, comparator in _COMPARATORS:
        if pattern.search(text) or (comparator == ">=" and text.startswith(("达", "達"))):
            return comparator
    return "="
