"""Patch a script of Material's that the build copied into the site, by exact replacement.

Not a hook itself: the hooks that change what Material's JavaScript does import it
(MkDocs puts a hook's folder on sys.path while it imports the hook). Each names the exact
minified text it expects. The build fails when a file no longer holds it exactly once
(a new Material version: look again before updating the text), and a file that is already
patched is left alone, because `mkdocs serve` copies the theme again only when it changed.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError


def patch(text: str, old: str, new: str, hook: str) -> str:
    if new in text:
        return text
    if text.count(old) != 1:
        raise PluginError(f"{hook}: Material's script no longer holds the text it patches once; "
                          f"update the hook's expected text ({old[:40]}...)")
    return text.replace(old, new)


def patch_built_scripts(config, pattern: str, old: str, new: str, hook: str) -> None:
    """Patch every file of the built site matching `pattern` (e.g. "assets/javascripts/bundle.*.min.js")."""
    scripts = sorted(Path(config.site_dir).glob(pattern))
    if not scripts and config.plugins["i18n"].building:
        return  # a nested per-language build: the theme's assets live at the site root
    if not scripts:
        raise PluginError(f"{hook}: no {pattern} in the built site")
    for script in scripts:
        script.write_text(patch(script.read_text("utf-8"), old, new, hook), "utf-8")
