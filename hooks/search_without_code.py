"""Search indexes the prose, not the code.

Material's search index holds the text of every section and is fetched by every page
(after load, hooks/search_index_after_load.py). Half of that text was code and printed
output (in English 669 of 1,324 thousand characters), and with one page per error the
index reached 339 KB compressed in English and 428 KB in Chinese, which took every page
past its 400 KB budget (`make bench`). Code blocks, Output blocks and lab code cells get
Material's `data-search-exclude`. What the code shows, the prose around it names; an
error message is found on its error page, in the heading and the quoted message.
"""

import re

from mkdocs.plugins import event_priority

CODE = re.compile(r'<div class="(highlight|jp-Cell jp-CodeCell)\b')


def without_code(html: str) -> str:
    return CODE.sub(r'<div data-search-exclude class="\1', html)


@event_priority(-100)  # after hooks/code_blocks.py and hooks/lab_pages.py match these divs
def on_page_content(html, page, config, files):
    return without_code(html)
