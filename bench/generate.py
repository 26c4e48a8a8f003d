"""Synthetic UN meeting reports in the sample's format, for benchmarks.

Each report is a Chinese meeting report like corpus/TPNW_MSP_2023_14.zh.txt,
with its own symbol and its own meeting, built from the sample's sentence
families with varied content drawn from the gazetteers:

* the meeting series, its symbol prefix and treaty (builder/data/meeting_series.tsv);
* States parties, observer States, signatories (builder/data/states.tsv), with
  the counts the text states, and the officers (president, vice-presidents,
  credentials committee, secretary-general, co-chairs, coordinators);
* observer organizations and NGOs (builder/data/organizations.tsv), and
  invented NGOs in annex lists;
* plenary meetings with dates, adoptions (agenda, declaration, decisions,
  report), a documents table, footnotes citing documents, panellists;

and the page furniture of a PDF extraction: text wrapped at about 36
characters with blank lines between lines (names and symbols broken across
lines), a running head with the symbol and `n/N YY-NNNNN` page lines at page
breaks, undocs.org link lines, footnote rules.

    python bench/generate.py --out bench/out/corpus --sizes 10 100 1000 10000

writes bench/out/corpus/10/, .../100/, ... each with that many reports (a
smaller set is the first reports of a larger one: report k is the same text
in every set). `--seed` changes every report. Deterministic.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "builder" / "data"

CN_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(n: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一, 134 → 一百三十四 (no 零: such ordinals are skipped)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    return CN_DIGITS[n // 100] + "百" + (chinese_ordinal(rest) if rest >= 10 else "")


def usable_ordinals(limit: int) -> list[int]:
    """Ordinals whose Chinese form needs no 零 (101–109 would) and no 一十."""
    out = []
    for n in range(1, limit + 1):
        if n >= 100 and (n % 100 < 10 and n % 100 != 0):
            continue
        if n >= 100 and 10 <= n % 100 < 20:
            continue
        out.append(n)
    return out


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Series:
    key: str
    pattern: str  # zh pattern with {ordinal}
    prefix: str  # symbol prefix, placeholders filled per report
    treaty_zh: str


# Series whose Chinese title pattern carries an ordinal and whose symbol prefix
# the symbol grammar reads; checked by bench/run.py (every generated report
# must resolve to its meeting).
SERIES_KEYS = ("tpnw-msp", "ccm-msp", "apmbc-msp", "att-csp", "bwc-revcon", "ccw-revcon", "ccm-revcon",
               "apmbc-revcon", "tpnw-revcon")

SURNAMES = ("胡安·拉蒙·德拉富恩特", "阿坎·拉赫梅图林", "克里斯托弗·金", "梅利莎·帕克", "弗拉维奥·罗伯托·邦扎尼尼",
            "利蒂希娅·玛丽·库尔图瓦", "穆拉特·努尔特列乌", "吉尔伯特·卡班达", "赫拉尔多·佩尼亚尔韦尔")
GIVEN = ("安娜", "玛丽亚", "何塞", "卡洛斯", "伊丽莎白", "穆罕默德", "阿卜杜拉", "索菲亚", "约翰", "彼得", "奥尔加",
         "伊万", "法蒂玛", "阿伊莎", "拉斐尔", "卢卡斯", "埃米尔", "娜塔莉亚", "亚历山大", "米歇尔", "托马斯", "汉娜")
FAMILY = ("冈萨雷斯", "罗德里格斯", "佩雷斯", "马丁内斯", "哈桑", "易卜拉欣", "彼得罗夫", "伊万诺娃", "米勒", "施密特",
          "杜邦", "贝尔纳", "奥孔科沃", "姆贝基", "卡马乔", "桑托斯", "席尔瓦", "费雷拉", "诺瓦克", "科瓦尔斯基",
          "安德森", "约翰松", "汉森", "拉赫曼", "乔杜里", "纳卡穆拉", "金", "朴", "阮", "陈")
JP_NAMES = ("木藤已一", "汤崎英彦", "田中熙巳", "小溪和子", "山口仙二", "坪井直")
CITIES = ("纽约联合国总部", "日内瓦万国宫", "维也纳国际中心", "内罗毕联合国办事处")
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
NGO_WORDS_A = ("国际", "全球", "和平", "裁军", "人道", "青年", "妇女", "科学家", "医生", "律师", "宗教", "区域")
NGO_WORDS_B = ("和平", "裁军", "人权", "安全", "发展", "环境", "正义", "对话", "团结", "教育")
NGO_WORDS_C = ("协会", "联盟", "网络", "基金会", "研究所", "运动", "中心", "理事会", "组织")
TOPICS = ("履行《条约》的闭会期间架构", "缔约国会议的专题辩论", "关于第 6 和第 7 条的自愿报告",
          "受害者援助和环境补救国际信托基金", "国家安全关切协商进程", "普遍加入问题", "国际合作与援助",
          "科学和技术咨询", "性别平等问题", "财务安排", "透明度措施", "核查问题")
DOC_KINDS = ("临时议程", "财务报告", "全权证书委员会的报告", "指示性时间表", "与会者名单",
             "普遍加入问题非正式工作组共同主席的报告", "科学咨询小组关于其年度活动的报告",
             "国际合作与援助问题非正式工作组共同主席的报告", "性别平等问题协调人的报告")


class Writer:
    """Lays text out as pdftotext does: lines of about 36 characters with a
    blank line between lines, page breaks with the running head, the page
    line and undocs.org links of the documents cited on the page."""

    def __init__(self, symbol: str, job: str, rng: random.Random) -> None:
        self.symbol, self.job, self.rng = symbol, job, rng
        self.lines: list[str] = []
        self.page_links: list[str] = []
        self.pages = 1
        self.on_page = 0
        self.lines_per_page = rng.randint(30, 40)

    def cite(self, symbol: str) -> None:
        self.page_links.append(symbol)

    def _line(self, text: str) -> None:
        self.lines.append(text + " ")
        self.on_page += 1
        if self.on_page >= self.lines_per_page:
            self.page_break()

    def page_break(self) -> None:
        for symbol in self.page_links:
            self.lines.append(f"https://undocs.org/ch/{symbol}")
        self.page_links = []
        self.pages += 1
        if self.pages % 2 == 0:
            self.lines.append(f"\n {self.symbol} ")
            self.lines.append(" ")
            self.lines.append(f"{self.pages}/{{TOTAL}} {self.job} ")
        else:
            self.lines.append(f"\n{self.job} {self.pages}/{{TOTAL}} ")
            self.lines.append(" ")
            self.lines.append(f" {self.symbol} ")
        self.lines.append(" ")
        self.on_page = 0

    def para(self, text: str, width: int = 36, indent: str = "") -> None:
        text = indent + text
        while len(text) > width:
            cut = width
            # do not cut inside an ASCII word or number (the sample never does)
            while cut > width - 8 and text[cut - 1].isascii() and text[cut].isascii() and text[cut] not in " ":
                cut -= 1
            self._line(text[:cut].rstrip(" "))
            text = text[cut:].lstrip(" ")
        if text:
            self._line(text)

    def raw(self, text: str) -> None:
        self._line(text)

    def text(self) -> str:
        if self.page_links:
            for symbol in self.page_links:
                self.lines.append(f"https://undocs.org/ch/{symbol}")
        body = "\n\n".join(self.lines) + "\n"
        return body.replace("{TOTAL}", str(self.pages))


def _date_cn(year: int, month: int, day: int, with_year: bool = True) -> str:
    return (f"{year} 年 " if with_year else "") + f"{month} 月 {day} 日"


class Generator:
    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        states = [r for r in _rows("states.tsv") if r["zh_short"]]
        self.states = [r["zh_short"] for r in states]
        orgs = _rows("organizations.tsv")
        self.igos = [r["zh_name"] for r in orgs if r["type"] in ("UNEntity", "IGO", "RedCrossMovement") and r["zh_name"]]
        self.ngos = [r["zh_name"] for r in orgs if r["type"] in ("NGO", "Academic") and r["zh_name"]]
        series = {r["key"]: r for r in _rows("meeting_series.tsv")}
        treaties = {r["key"]: r for r in _rows("treaties.tsv")}
        self.series = []
        for key in SERIES_KEYS:
            row = series.get(key)
            if row is None:
                continue
            pattern = next((p for p in row["zh_pattern"].split("|") if "{ordinal}" in p), None)
            if pattern is None:
                continue
            treaty = treaties.get(row.get("treaty", ""), {})
            self.series.append(Series(key, pattern.strip(), row["symbol_prefix"], treaty.get("zh_name", "")))
        self.ordinals = usable_ordinals(999)
        self._used: dict[int, set] = {}

    def symbol_base(self, series: Series, ordinal: int, year: int) -> str:
        prefix = series.prefix.replace("{n}", str(ordinal)).replace("{year}", str(year))
        prefix = prefix.replace("{roman}", _roman(ordinal))
        if "{year}" in series.prefix:
            return prefix
        return f"{prefix}/{year}"

    def schedule(self, series: Series, ordinal: int, cycle: int) -> tuple[int, int, int, int, int]:
        """(year, month, first day, days, plenaries) of a meeting: drawn from its own
        seed, so that the report of the next meeting, which dates this one's closing
        plenary, says what this one's report says."""
        rng = random.Random(f"{self.seed}:schedule:{series.key}:{ordinal}:{cycle}")
        month = rng.randint(1, 11)
        return (1990 + (ordinal + 7 * cycle) % 40, month, rng.randint(1, MONTH_DAYS[month - 1] - 5), rng.randint(3, 5),
                rng.randint(6, 12))

    def report(self, k: int) -> tuple[str, str]:
        """Report number k: (file name, text)."""
        rng = random.Random(f"{self.seed}:{k}")
        self._used = {}
        series = self.series[k % len(self.series)]
        ordinal = self.ordinals[(k // len(self.series)) % len(self.ordinals)]
        cycle = k // (len(self.series) * len(self.ordinals))
        year, month, day, days, plenaries = self.schedule(series, ordinal, cycle)
        base = self.symbol_base(series, ordinal, year)
        number = 10 + ordinal + 1000 * cycle  # unique per series and ordinal, whatever the year
        symbol = f"{base}/{number}"
        meeting_zh = series.pattern.replace("{ordinal}", f"第{chinese_ordinal(ordinal)}次")
        prev_zh = series.pattern.replace("{ordinal}", f"第{chinese_ordinal(max(1, ordinal - 1))}次")
        job = f"{year % 100:02d}-{rng.randint(10000, 29999)}"
        w = Writer(symbol, job, rng)
        end_day = day + days - 1
        # The previous meeting's closing plenary, as its own report dates it.
        p_year, p_month, p_day, p_days, p_plenaries = self.schedule(series, max(1, ordinal - 1), cycle)
        previous_close = f"{_date_cn(p_year, p_month, p_day + p_days - 1)}第 {p_plenaries} 次全体会议上"
        start = _date_cn(year, month, day)
        end = f" {month} 月 {end_day} 日"
        city = rng.choice(CITIES)
        president = self.person(rng)
        president_state = rng.choice(self.states)
        next_president, next_state = self.person(rng), rng.choice(self.states)
        n_parties = rng.randint(25, min(140, len(self.states) - 40))
        pool = self.states[:]
        rng.shuffle(pool)
        parties = sorted(pool[:n_parties])
        observers = sorted(pool[n_parties:n_parties + rng.randint(5, 40)])
        vice = rng.sample(parties, rng.randint(2, 6))
        credentials = rng.sample(parties, 5)
        igos = sorted(rng.sample(self.igos, min(len(self.igos), rng.randint(3, 12))))
        n_ngos = rng.randint(10, 150)
        docs = self.documents(rng, base)

        w.raw(f"   {meeting_zh}报告")
        w.raw(" 一. 导言")
        resolution = f"大会第 {year - 1946}/{rng.randint(20, 90)} 号决议"
        if ordinal > 1:
            w.para(f"1. 在 {previous_close}，{prev_zh}决定，{meeting_zh}将于 {start}至{end}在{city}举行。"
                   f"{resolution}确认了这一安排。")
        else:  # the first meeting of a series: convened by the General Assembly
            w.para(f"1. {resolution}决定，{meeting_zh}将于 {start}至{end}在{city}举行。")
        w.para(f"2. 据此，秘书长在 {_date_cn(year, max(1, month - 3), rng.randint(1, 28))}的普通照会中，"
               f"召集于 {start}至{end}在{city}举行{meeting_zh}。")
        w.raw(" 二. 组织事项")
        w.raw(" A. 会议开幕和会期")
        w.para(f"3. {meeting_zh}于 {start}至{end}在{city}召开。")
        w.para(f"4. 会议主席{president}({president_state})于{month}月 {day}日宣布会议开幕。主席作了介绍性发言。")
        speakers = [(self.person(rng), rng.choice(self.igos)) for _ in range(rng.randint(2, 6))]
        w.para("5. 在第 1 次全体会议上，会议听取了副秘书长兼裁军事务高级代表代表秘书长所作的讲话和一些高级官员的讲话。1")
        w.raw("__________________")
        listing = "；".join(f"{org}代表{name}" for name, org in speakers)
        w.para(f" 1 下列高级官员在会上发言：{listing}。")
        w.raw("  B.  主席团成员")
        elected = f"在 {previous_close}，{prev_zh}根据议事规则第 6(3)条" if ordinal > 1 else f"在第 1 次全体会议上，{meeting_zh}"
        w.para(f"6. {elected}，选举{president}({president_state})为第{chinese_ordinal(ordinal)}次会议主席。"
               f"{meeting_zh}选出主席团其他成员如下：")
        w.raw("副主席：")
        for state in vice:
            w.raw(f" {state}")
        w.raw(" C. 议程和工作安排")
        agenda = docs[0][0]
        w.cite(agenda)
        w.para(f"7. 在第 1 次全体会议上，会议通过了议程({agenda})如下：")
        for i, item in enumerate(("会议开幕。", "选举主席团成员。", "通过议程。", "确认会议秘书长。", "工作安排。",
                                  "一般性意见交流。", "财务事项。", "其他事项。", "审议并通过会议最后文件。", "会议闭幕。"), 1):
            w.raw(f" {i}. {item}")
        w.raw(" D. 确认会议秘书长")
        secretary = self.person(rng)
        w.para(f"9. 在第 1 次全体会议上，会议注意到联合国秘书长任命裁军事务厅{secretary}为会议秘书长。")
        w.raw(" E. 文件")
        w.para("10. 会议文件列于本报告附件三。")
        w.raw(" 三. 全权证书")
        w.para(f"11. 根据议事规则第 4 条，全权证书委员会由五名成员组成，会议任命{'、'.join(credentials[:-1])}和"
               f"{credentials[-1]}为全权证书委员会成员。")
        cred_doc = next(symbol for symbol, title in docs if title == "全权证书委员会的报告")
        w.cite(cred_doc)
        w.para(f"12. 在 {_date_cn(year, month, end_day, False)}第 {plenaries} 次全体会议上，会议通过了全权证书委员会报告"
               f"({cred_doc})所载的决议草案。")
        w.raw(" 四. 出席情况")
        w.para(f"13. 下列 {len(parties)} 个缔约国参加了会议：{'、'.join(parties[:-1])}和{parties[-1]}。")
        if observers:
            w.para(f"14. 下列 {len(observers)} 个国家以观察员身份出席了会议：{'、'.join(observers[:-1])}和{observers[-1]}。")
        w.para(f"15. {'、'.join(igos[:-1])}以及{igos[-1]}的代表根据议事规则第 1(2)条以观察员身份出席了会议，但无表决权。")
        w.para(f"16. {n_ngos} 个相关非政府组织的代表根据议事规则第 1(3)条出席了会议。")
        participants = next(symbol for symbol, title in docs if title == "与会者名单")
        w.para(f"17. 与会者名单列在 {participants} 号文件。")
        w.raw(" 五. 一般性交换意见")
        first_debate = rng.randint(2, 4)
        w.para(f"18. 在 {_date_cn(year, month, day + 1, False)}和 {day + 2} 日第 {first_debate} 至第 {first_debate + 2} "
               f"次全体会议上，会议进行了一般性交换意见。")
        panel = [(self.person(rng), rng.choice(self.ngos + self.igos)) for _ in range(rng.randint(2, 5))]
        w.para(f"19. 在第 {first_debate} 次全体会议上，会议还听取了讨论小组的发言，讨论小组成员如下："
               + "；".join(f"{name}，{org}" for name, org in panel[:-1]) + f"；以及{panel[-1][0]}，{panel[-1][1]}。")
        cited = rng.sample([s for s, _ in docs[1:]], min(4, len(docs) - 1))
        for cited_symbol in cited:
            w.cite(cited_symbol)
        w.para(f"20. 主席、各非正式工作组共同主席和协调人介绍了有关的报告和工作文件。2 "
               f"科学咨询小组共同主席介绍了该小组的报告({cited[0]})。")
        w.raw("__________________")
        w.para(f" 2 {'、'.join(cited[1:] or cited)}。")
        w.raw(" 六. 财务事项")
        finance = next(symbol for symbol, title in docs if title == "财务报告")
        w.cite(finance)
        w.para(f"21. 在 {_date_cn(year, month, day, False)}第 1 次全体会议上，会议注意到其财务报告({finance})。")
        w.raw(" 七. 下次会议的筹备工作")
        w.para(f"22. 在 {_date_cn(year, month, end_day, False)}第 {plenaries} 次全体会议上，会议选举{next_president}"
               f"({next_state})为下次会议主席。")
        w.raw(" 八. 审议并通过会议最后文件")
        n_decisions = rng.randint(2, 6)
        topics = rng.sample(TOPICS, n_decisions)
        w.para(f"23. 在 {_date_cn(year, month, end_day, False)}第 {plenaries} 次全体会议上，会议通过了{meeting_zh}"
               f"题为“我们对{rng.choice(TOPICS)}的承诺”的宣言(附件一)。")
        w.para(f"24. 在同一次全体会议上，会议还通过了以下{chinese_ordinal(n_decisions)}项决定(附件二)：")
        for i, topic in enumerate(topics, 1):
            w.raw(f"决定 {i}：{topic}{'。' if i == n_decisions else '；'}")
        w.para("25. 另在同一次全体会议上，会议通过了会议报告。")
        # Annex I: a declaration (prose, treaty actions)
        w.page_break()
        w.raw(" 附件一")
        w.raw(f"  {meeting_zh}宣言")
        signers = rng.sample(observers or parties, min(3, len(observers or parties)))
        ratifiers = rng.sample(parties, 2)
        for i in range(1, rng.randint(6, 20)):
            if i == 3 and series.treaty_zh:
                w.para(f"{i}. 我们认识到{'、'.join(signers)}签署《条约》，以及{'和'.join(ratifiers)}批准《条约》的重要意义，"
                       f"对此表示热烈欢迎。")
            else:
                w.para(f"{i}. " + self.prose(rng))
        # Annex II: decisions
        w.page_break()
        w.raw(" 附件二")
        w.raw(f"  {meeting_zh}的决定")
        for i, topic in enumerate(topics, 1):
            w.raw(f"  决定 {i}")
            w.raw(f"  {topic}")
            w.raw("缔约国会议决定：")
            coordinator = rng.choice(parties)
            w.para(f" (a) 任命{coordinator}为{topic}协调人；", indent="")
            w.para(f" (b) {self.prose(rng)}")
        # Annex III: documents table
        w.page_break()
        w.raw(" 附件三")
        w.raw("  文件")
        w.raw(" 会议收到了下表所列文件。")
        w.raw("文号 说明")
        w.raw("  ")
        for doc_symbol, title in docs:
            w.para(f"{doc_symbol} {title}", width=40)
        # Annex IV: NGOs
        if rng.random() < 0.6:
            w.page_break()
            w.raw(" 附件四")
            w.raw("  参加会议的非政府组织")
            for i, name in enumerate(self.ngo_names(rng, min(n_ngos, rng.randint(10, 60))), 1):
                w.raw(f"{i}. {name}")
        return f"{symbol.replace('/', '_')}.zh.txt", w.text()

    def person(self, rng: random.Random) -> str:
        """A name not yet used in this report (two officers of one report are two people)."""
        used = self._used.setdefault(id(rng), set())
        while True:
            roll = rng.random()
            if roll < 0.15:
                name = rng.choice(JP_NAMES)
            elif roll < 0.25:
                name = rng.choice(SURNAMES)
            else:
                name = f"{rng.choice(GIVEN)}·{rng.choice(FAMILY)}"
            if name not in used:
                used.add(name)
                return name

    def prose(self, rng: random.Random) -> str:
        parts = ("我们重申对实现无核武器世界的承诺", "并强调所有国家都必须履行其义务", "我们欢迎民间社会的积极参与",
                 "我们关切国际安全形势的恶化", "并呼吁所有国家毫不拖延地加入该文书", "我们认识到科学证据的重要作用",
                 "并承诺继续采用包容性方法与各利益攸关方开展合作", "我们重申妇女和男子平等、充分和有效参与的重要性")
        return "，".join(rng.sample(parts, rng.randint(2, 4))) + "。"

    def documents(self, rng: random.Random, base: str) -> list[tuple[str, str]]:
        docs = [(f"{base}/1", "临时议程")]
        for i, kind in enumerate(rng.sample(DOC_KINDS[1:], len(DOC_KINDS) - 1), 2):
            if kind in ("与会者名单", "指示性时间表"):
                continue
            docs.append((f"{base}/{i}", kind))
        docs.append((f"{base}/INF/{rng.randint(1, 3)}", "指示性时间表"))
        docs.append((f"{base}/INF/5", "与会者名单"))
        for i in range(1, rng.randint(2, 12)):
            docs.append((f"{base}/WP.{i}", f"{rng.choice(TOPICS)}：{rng.choice(self.states)}提交的工作文件"))
        for i in range(1, rng.randint(1, 20)):
            docs.append((f"{base}/NGO/{i}", f"关于{rng.choice(TOPICS)}的建议：{rng.choice(self.ngos)}提交的工作文件"))
        return docs

    def ngo_names(self, rng: random.Random, n: int) -> list[str]:
        names = set(rng.sample(self.ngos, min(len(self.ngos), n // 2)))
        while len(names) < n:
            names.add(rng.choice(NGO_WORDS_A) + rng.choice(NGO_WORDS_B) + rng.choice(NGO_WORDS_C))
        return sorted(names)


def _roman(n: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, numeral in numerals:
        while n >= value:
            out += numeral
            n -= value
    return out


def write_corpus(folder: Path, count: int, seed: int = 1, start: int = 0) -> list[Path]:
    gen = Generator(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(start, start + count):
        name, text = gen.report(k)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "corpus"), help="folder for the corpora")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    out = Path(args.out)
    for size in args.sizes:
        folder = out / str(size)
        paths = write_corpus(folder, size, args.seed)
        total = sum(p.stat().st_size for p in paths)
        print(f"{folder}: {size} reports, {total / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
