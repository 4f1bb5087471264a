"""Accessibility fixes of the theme's HTML (axe-core runs on every page in tests/browser).

Material 9.8's search is `<div role="dialog">` without a name (axe: aria-dialog-name);
it gets the name its own search field already carries, in the page's language.
"""

import re

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
FIELD_LABEL = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]+)"')


def on_post_page(output, page, config):
    label = FIELD_LABEL.search(output)
    if label and DIALOG in output:
        output = output.replace(DIALOG, DIALOG[:-1] + f' aria-label="{label.group(1)}">', 1)
    return output
