"""Drop the per-page <link rel="alternate" hreflang> tags; the sitemap declares them.

Material's JavaScript takes every <link rel="alternate"> for a language ROOT and fetches
"<href>/sitemap.xml" from it. mkdocs-static-i18n points them at the page's translations,
so every page but the home page logged 404s in the console. The same alternates stand,
absolute, as <xhtml:link rel="alternate" hreflang> in sitemap.xml (written by the i18n
plugin), which search engines read as well; the header's language menu is untouched.
"""

import re

HREFLANG_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def on_post_page(output, page, config):
    return HREFLANG_LINK.sub("", output)
