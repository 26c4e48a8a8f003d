"""The normalizer: furniture removed, broken lines rejoined, offsets exact."""

from __future__ import annotations

import re

from builder.normalize import normalize


def test_normalize_removes_running_header_and_page_line(sample_text):
    clean = normalize(sample_text)
    assert "3/22 23-25276" not in clean.text
    assert clean.header_symbols == ["TPNW/MSP/2023/14"]
    # The symbol survives where it is content: its own row of the documents table.
    assert clean.text.count("TPNW/MSP/2023/14") == 1
    assert "TPNW/MSP/2023/14 禁止核武器条约缔约国第二次会议的报告" in clean.text


def test_normalize_removes_rules_links_and_reissue_note(sample_text):
    clean = normalize(sample_text)
    assert "_____" not in clean.text
    assert "https://undocs.org" not in clean.text
    assert "由于技术原因" not in clean.text  # the reissue note is furniture
    assert any(kind == "reissue" for _, _, kind in clean.furniture)


def test_normalize_keeps_links_as_evidence(sample_text):
    clean = normalize(sample_text)
    urls = [link.url for link in clean.links]
    assert urls[0] == "https://undocs.org/ch/TPNW/MSP/2023/1"
    assert "https://meetings.unoda.org/tpnw/tpnw-msp-2023" in urls
    for link in clean.links:
        assert sample_text[link.start : link.end] == link.url


def test_normalize_rejoins_name_split_by_page_break_and_link(sample_text):
    # 「泰」 ends a page, a link line follows, 「国」 opens the next page.
    clean = normalize(sample_text)
    assert "巴勒斯坦国、泰国、东帝汶" in clean.text
    start = clean.text.index("泰国")
    quote = clean.quote(start, start + 2)
    assert quote.startswith("泰") and quote.endswith("国")
    assert "https://undocs.org/ch/TPNW/MSP/2023/12" in quote  # the link sits between them in the input


def test_normalize_rejoins_symbols_broken_across_lines(sample_text):
    clean = normalize(sample_text)
    assert "(TPNW/MSP/2023/INF/3)" in clean.text
    assert "(TPNW/MSP/2023/9)" in clean.text
    assert "TPNW/MSP/2023/4、TPNW/MSP/2023/5 和 TPNW/MSP/2023/7 号文件" in clean.text


def test_normalize_offset_map_points_at_the_same_characters(sample_text):
    clean = normalize(sample_text)
    assert len(clean.offsets) == len(clean.text)
    for index, char in enumerate(clean.text):
        source_char = sample_text[clean.offsets[index]]
        if char in "\n ":
            continue  # synthetic joins map to the line break they replace
        assert source_char == char, (index, char, source_char)


def test_normalize_footnotes_are_blocks_of_their_own(sample_text):
    clean = normalize(sample_text)
    footnotes = [clean.block_text(b) for b in clean.blocks if b.stream == "footnote"]
    assert footnotes[0].startswith("1 下列高级官员在会上发言")
    assert footnotes[0].endswith("弗拉维奥·罗伯托·邦扎尼尼。")
    assert "4 另见罗马教廷代表团的解释性声明(TPNW/MSP/2023/13)。" in footnotes


def test_normalize_pdftotext_form_feeds_and_single_spacing():
    # pdftotext's convention: one newline between lines, a form feed between pages.
    text = (
        "A/78/999\n"
        "大会第七十八届会议报告\n"
        "1. 会议于 2023 年 9 月 5 日开幕，下列国家出席了会议：中国、法国和\n"
        "2/5 23-12345\n\f"
        "A/78/999\n"
        "墨西哥。\n"
        "2. 会议闭幕。\n"
    )
    clean = normalize(text)
    assert clean.header_symbols == ["A/78/999"]
    assert "下列国家出席了会议：中国、法国和墨西哥。" in clean.text
    assert "23-12345" not in clean.text
    assert re.search(r"\n2\. 会议闭幕。$", clean.text)


def test_normalize_header_glued_to_page_number_is_furniture():
    text = "TPNW/MSP/2023/14\n\n1. 第一段文字，很长的一行文字用于测试页眉的处理方式。\n\nTPNW/MSP/2023/14 3/22\n\n2. 第二段。\n"
    clean = normalize(text)
    assert "3/22" not in clean.text
    assert "TPNW/MSP/2023/143" not in clean.text


# CONSTRUCTED. A UNEP report: bare page numbers at the foot, the running head after them.
_UNEP_PAGES = ("   联合国环境大会第九届会议工作报告 \n\n1. 大会于内罗毕举行。 \n\n 2 \n\n UNEP/EA.9/20 \n\n"
               "2. 大会通过了议程。 \n\n 3 \n\n UNEP/EA.9/20 \n\n"
               "3. 下列文件：\n\nUNEP/EA.9/3 3 2036–2037 年期间工作方案和预算 \n\n \n\n{last} \n")


def test_the_last_pages_bare_number_is_furniture():
    clean = normalize(_UNEP_PAGES.format(last="4"))
    assert clean.text.rstrip().endswith("工作方案和预算")


def test_a_last_number_that_follows_no_folio_is_kept():
    # CONSTRUCTED, NEGATIVE. 「7」 does not follow the page numbered 3: it is no folio.
    clean = normalize(_UNEP_PAGES.format(last="7"))
    assert clean.text.rstrip().endswith("7")


def test_a_last_number_after_an_earlier_folio_but_not_the_last_is_kept():
    # CONSTRUCTED, NEGATIVE. Folios 2 and 3 before; a last 「3」 is a figure, not page 4.
    clean = normalize(_UNEP_PAGES.format(last="3"))
    assert clean.text.rstrip().endswith("3")
