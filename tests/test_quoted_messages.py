"""Error messages quoted in prose (`> RuntimeError: ...`) come from real runs.

The error catalogue quotes each message as text so that site search finds it. A quote is
typed, so it could drift from what torch prints: each one must be a line of a stored
output that the same page includes (and that the snippet tests re-derive).
"""

import re

import pytest

from tests.test_parity import DOCS, INCLUDE, LANGUAGES, PAGES, read

SNIPPETS = DOCS.parent / "snippets"
QUOTED_MESSAGE = re.compile(r"^> ((?:[A-Z]\w*)(?:Error|Warning|Exception)): (.+)$", re.M)


def quoted(lang, page):
    return [f"{kind}: {text}" for kind, text in QUOTED_MESSAGE.findall(read(lang, page))]


def printed_lines(lang, page):
    outs = [SNIPPETS / p for p in INCLUDE.findall(read(lang, page)) if p.endswith(".out")]
    return {line for out in outs for line in out.read_text(encoding="utf-8").splitlines()}


@pytest.mark.parametrize("lang,page", [(lang, page) for lang in LANGUAGES for page in PAGES])
def test_quoted_messages_are_printed_by_the_page_examples(lang, page):
    lines = printed_lines(lang, page)
    typed = [message for message in quoted(lang, page) if message not in lines]
    assert not typed, f"{lang}/{page} quotes messages no example on the page prints:\n" + "\n".join(typed)


def test_every_error_page_quotes_its_message():
    error_pages = [p for p in PAGES if p.startswith("errors/") and p != "errors/index.md"]
    assert len(error_pages) >= 20 and all(quoted("en", page) for page in error_pages)
