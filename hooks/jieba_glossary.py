"""Chinese search: teach jieba the glossary's terms before Material segments the pages.

Material's search plugin splits Chinese text into words with jieba at build time. jieba's
dictionary does not know 计算图 or 叶子节点 and cuts them into 计算 + 图, 叶子 + 节点, so a
reader who searches for the term finds nothing. Every Chinese term of glossary.yml is
added as a word, in both scripts.
"""

from pathlib import Path

import jieba
import yaml

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary.yml"


def chinese_terms() -> list[str]:
    entries = yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))
    return sorted({entry[lang] for entry in entries for lang in ("zh", "zh-Hant")})


# MkDocs imports a hook module once per build or serve session: register the words then.
for _term in chinese_terms():
    jieba.add_word(_term)
