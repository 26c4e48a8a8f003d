"""Fuzzing the text pipeline: mutated copies of the sample report (lines
deleted, pages shuffled, running heads doubled, the text cut at random points,
garbage lines inserted, lines joined, characters inserted and deleted, CRLF and
form feeds sprinkled) go through `builder.pipeline.build_one`.

Whatever the input, the build must not crash, and it must never emit evidence
that does not match its input: every unkg:Evidence quote equals the decoded
input between its charStart and charEnd. The mutations come from a fixed list
of seeds, so that a failure names its seed and replays.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.namespace import RDF, UNKG
from builder.pipeline import build_one

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
SYMBOL = "TPNW/MSP/2023/14"

GARBAGE = [
    "%%%%", "\f", SYMBOL, f" {SYMBOL} ", "3/22 23-25276", f"{SYMBOL}3/22", "https://undocs.org/ch/A/77/1",
    "________________", "13. 下列 5 个缔约国参加了会议：", "附件一", "(a) ", "、、、、", "：", "决定 3", "文号 标题",
    "\ufeff", "\u3000\u3000", "（", "）", "A/", "/1", "１２３", "日", "2023 年 13 月 45 日", "2023 年 2 月 30 日至",
    "下列 59 个缔约国参加了会议：奥地利、", "主席：", "* 由于技术原因于 2024 年 1 月 22 日重发。", "- 3 -",
]
CHARS = "、，。：；（）()《》“”· \u3000\n\r\f０１２３ＡＢ/.-年月日至和第次会议国0123456789"
OPS = ["delete", "shuffle-pages", "double-heads", "truncate", "garbage", "join", "duplicate", "swap",
       "chars", "crlf", "form-feeds"]


def mutate(rng: random.Random, text: str, ops: list[str]) -> str:
    lines = text.split("\n")
    for op in ops:
        if op == "delete" and lines:
            for _ in range(rng.randint(1, 30)):
                if lines:
                    del lines[rng.randrange(len(lines))]
        elif op == "shuffle-pages":
            pages = "\n".join(lines).split("\n\n\n")
            rng.shuffle(pages)
            lines = "\n\n\n".join(pages).split("\n")
        elif op == "double-heads":
            for _ in range(rng.randint(1, 5)):
                lines.insert(rng.randrange(len(lines) + 1),
                             rng.choice([f" {SYMBOL} ", "3/22 23-25276", f"{SYMBOL} 禁止核武器条约缔约国第二次会议的报告"]))
        elif op == "truncate":
            joined = "\n".join(lines)
            lines = joined[: rng.randrange(len(joined) + 1)].split("\n")
        elif op == "garbage":
            for _ in range(rng.randint(1, 10)):
                lines.insert(rng.randrange(len(lines) + 1), rng.choice(GARBAGE))
        elif op == "join":
            for _ in range(rng.randint(1, 40)):
                if len(lines) > 1:
                    i = rng.randrange(len(lines) - 1)
                    lines[i : i + 2] = [lines[i] + lines[i + 1]]
        elif op == "duplicate" and lines:
            for _ in range(rng.randint(1, 10)):
                i = rng.randrange(len(lines))
                lines.insert(i, lines[i])
        elif op == "swap" and lines:
            for _ in range(rng.randint(1, 10)):
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
        elif op == "chars":
            chars = list("\n".join(lines))
            for _ in range(rng.randint(1, 60)):
                i = rng.randrange(len(chars) + 1)
                if rng.random() < 0.4 and chars:
                    del chars[min(i, len(chars) - 1)]
                else:
                    chars.insert(i, rng.choice(CHARS))
            lines = "".join(chars).split("\n")
        elif op == "crlf":
            lines = [line + "\r" if rng.random() < 0.5 else line for line in lines]
        elif op == "form-feeds" and lines:
            for _ in range(rng.randint(1, 10)):
                i = rng.randrange(len(lines))
                lines[i] = "\f" + lines[i]
    return "\n".join(lines)


def mutation(seed: int) -> str:
    rng = random.Random(seed)
    return mutate(rng, TEXT, [rng.choice(OPS) for _ in range(rng.randint(1, 4))])


def check_build(path: Path, text: str, validate: bool = False) -> dict:
    """Build `path` (holding `text`): no crash, and evidence that matches."""
    result = build_one(path, symbol=SYMBOL, run_validation=validate)
    entry = result.entry
    if result.graph is None:
        assert entry["status"] == "error" and entry["error"].startswith(f"{result.path}: "), entry
        return entry
    assert entry["evidence"]["mismatches"] == [], entry["evidence"]["mismatches"][:5]
    graph = result.graph
    report = graph.identifier
    nodes = list(graph.subjects(RDF.type, UNKG.Evidence))
    assert len(nodes) == entry["evidence"]["checked"]
    for node in nodes:
        start, end = int(graph.value(node, UNKG.charStart)), int(graph.value(node, UNKG.charEnd))
        assert 0 <= start < end <= len(text)
        assert str(graph.value(node, UNKG.quote)) == text[start:end], (node, start, end)
        assert graph.value(node, UNKG.source) == report
    if validate:
        assert entry["shacl"]["conforms"], entry["shacl"]["violations"][:5]
    return entry


SEEDS = list(range(40))


@pytest.mark.parametrize("seed", SEEDS)
def test_fuzz_mutated_sample(tmp_path, seed):
    text = mutation(seed)
    path = tmp_path / f"mutation-{seed}.txt"
    path.write_text(text, encoding="utf-8", newline="")
    check_build(path, text)


@pytest.mark.parametrize("seed", [1000, 1002])
def test_fuzz_mutated_sample_validated(tmp_path, seed):
    """A few mutations with SHACL validation: a mangled text still yields a
    graph that conforms to the shapes (or none at all)."""
    text = mutation(seed)
    path = tmp_path / "mutation.txt"
    path.write_text(text, encoding="utf-8", newline="")
    check_build(path, text, validate=True)


def test_fuzz_seeds_cover_every_mutation():
    used = set()
    for seed in SEEDS:
        rng = random.Random(seed)
        used |= {rng.choice(OPS) for _ in range(rng.randint(1, 4))}
    assert used == set(OPS)


@settings(max_examples=5, deadline=None)
@given(st.lists(st.sampled_from(OPS), min_size=1, max_size=5), st.integers(0, 2**32 - 1))
def test_fuzz_hypothesis_mutations(tmp_path_factory, ops, seed):
    text = mutate(random.Random(seed), TEXT, ops)
    path = tmp_path_factory.mktemp("hyp") / "mutation.txt"
    path.write_text(text, encoding="utf-8", newline="")
    check_build(path, text)


def test_fuzz_glued_running_heads_make_no_phantom_document(tmp_path):
    """Regression (normalizer): the running head glued to its folio on several
    pages (「TPNW/MSP/2023/143/22」, 「…/144/22」) stayed in the text and became
    documents TPNW/MSP/2023/143/22… that do not exist."""
    furniture = " TPNW/MSP/2023/14 \n\n \n\n3/22 23-25276 "
    assert furniture in TEXT
    text = TEXT.replace(furniture, f"{SYMBOL}3/22")
    for n, paragraph in enumerate(["\n\n21. ", "\n\n23. ", "\n\n25. ", "\n\n27. "], 5):
        assert paragraph in text
        # a page break (one newline, in this double-spaced text), the glued head, another page break
        text = text.replace(paragraph, f"\n{SYMBOL}{n}/22\n{paragraph.lstrip()}", 1)
    path = tmp_path / "glued.txt"
    path.write_text(text, encoding="utf-8")
    entry = check_build(path, text)
    assert entry["status"] == "ok"
    result = build_one(path, run_validation=False)
    documents = {str(s) for s in result.graph.subjects(RDF.type, UNKG.Document)}
    assert not [d for d in documents if d.startswith(f"https://w3id.org/unkg/id/document/{SYMBOL}") and
                d != f"https://w3id.org/unkg/id/document/{SYMBOL}"]
