"""Lab pages load only the rules of mkdocs-jupyter's stylesheet that can match them.

mkdocs-jupyter ships one 590 KB stylesheet (88 KB compressed) for every lab: JupyterLab's
and Blueprint's whole widget set. Our labs use about 50 of its 1,458 classes, and the
stylesheet took the labs past their 400 KB budget (`make bench`). After the build, this
hook keeps a rule only if one of its selectors can match: every class it names (outside
:not()) appears on some built lab page. Rules without a class, @keyframes and @charset
stay; an @media block keeps the rules that stay, and goes when none does. Then the custom
properties no remaining rule reads are dropped (80 KB of them define JupyterLab's icons).
"""

import re
from pathlib import Path

CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
NOT = re.compile(r":not\([^()]*\)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)  # "/* Literal.Number.Integer */" names no class
# A custom property's declaration; its value may hold data URIs with ";" in them.
VARIABLE = re.compile(r"""(--[\w-]+)\s*:(?:url\([^)]*\)|"[^"]*"|'[^']*'|[^;{}"'])*;?""")
READ = re.compile(r"var\(\s*(--[\w-]+)")


def _blocks(css: str):
    """Top-level (prelude, body) pairs of a stylesheet; body without its braces."""
    i = 0
    while (start := css.find("{", i)) != -1:
        depth, j = 1, start + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            j += 1
        yield css[i:start].strip(), css[start + 1 : j - 1]
        i = j


def _can_match(selectors: str, used: set[str]) -> bool:
    return any(set(CLASS.findall(NOT.sub("", s))) <= used for s in selectors.split(","))


def used_rules(css: str, used: set[str]) -> str:
    out = []
    for prelude, body in _blocks(COMMENT.sub("", css)):
        if prelude.startswith("@media"):
            inner = used_rules(body, used)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@") or _can_match(prelude, used):
            out.append(f"{prelude}{{{body}}}")
    return "\n".join(out)


def without_unread_variables(css: str) -> str:
    while True:  # a dropped declaration may have been the only reader of another variable
        read = set(READ.findall(css))
        slimmer = VARIABLE.sub(lambda m: m[0] if m[1] in read else "", css)
        if slimmer == css:
            return css
        css = slimmer


def on_post_build(config):
    site = Path(config.site_dir)
    stylesheet = site / "assets" / "stylesheets" / "jupyter.css"
    if not stylesheet.exists():
        return
    used = {name for page in site.glob("**/labs/*/index.html")
            for attr in re.findall(r'class="([^"]*)"', page.read_text("utf-8")) for name in attr.split()}
    css = without_unread_variables(used_rules(stylesheet.read_text("utf-8"), used))
    stylesheet.write_text(css, "utf-8")
