"""A 404 page for each language: `<lang>/404.html`, and the default language's at the root.

MkDocs renders the theme's 404.html into the site root once per build, and
mkdocs-static-i18n runs one build per language into the same site folder, so the root
404 page ended up in the last language built (Russian) and no language had its own.
After each language's build this hook keeps that language's page as `<lang>/404.html`
and puts the default language's page back at the root.
"""

from pathlib import Path

_default_page: dict[str, str] = {}


def on_post_build(config):
    i18n = config.plugins["i18n"]
    default = next(lang.locale for lang in i18n.config.languages if lang.default)
    root = Path(config.site_dir) / "404.html"
    if not root.exists():
        return
    if i18n.current_language == default:
        _default_page["html"] = root.read_text(encoding="utf-8")
    else:
        target = Path(config.site_dir) / i18n.current_language / "404.html"
        target.write_text(root.read_text(encoding="utf-8"), encoding="utf-8")
    if "html" in _default_page:
        root.write_text(_default_page["html"], encoding="utf-8")
