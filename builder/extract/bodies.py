"""The words that end the name of a body other than the meeting itself.

Rules in several extractors ask whether a sentence is about another body: a
committee's sitting, an election by a working group, a frame that names a
group. They read these two lists, kept here once:

* `BODY_NAME`: what ends a body's name, read as the name of a committee or
  group when an office or a sitting is its (「全体委员会」, 「法律起草小组」,
  「第五条执行情况委员会」, 「主席团」);
* `OTHER_BODY`: those and the wider words that mark another organ in a
  sentence about the meeting's own sittings, elections and adoptions (「机构」,
  「秘书处」, 「论坛」, any 「…组」 or 「…集团」): a reading is dropped where one
  stands, never made.
"""

from __future__ import annotations


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


BODY_NAME_ENDS = ("委员会", "工作组", "小组", "联络组", "起草组", "专家组", "咨询组", "主席团", "理事会")
BODY_NAME = _alternation(BODY_NAME_ENDS)
OTHER_BODY = _alternation(BODY_NAME_ENDS + ("机构", "秘书处", "论坛", "组", "集团"))
