"""Autograd graph diagrams: an ```autograd-graph fence becomes an inline SVG at build time.

The fence holds the text that tests/autograd_graph.py writes for a snippet (its stored
`.graph` file, included with `--8<--`): one `node` line per grad_fn node, one `edge`
line per link, from the roots (the tensors backward() starts from) to the leaves. This
hook registers the fence with pymdownx.superfences and lays the nodes out in layers,
roots on top, so the picture reads in the direction the backward pass walks.

No JavaScript and no renderer to download: strokes and text use `currentColor`, so
the diagram follows the light and dark colour schemes; roots and leaves are marked by
the theme's accent colour, and a screen reader gets the graph as a title and a list.
The words root, leaf, saved and freed, the title and the legend under the diagram are
in the page's language (hooks/ui_text.py); class names and tensor names stay code.
"""

from __future__ import annotations

import hashlib
import html

from ui_text import ui

CHAR_W, LINE_H, PAD, GAP_X, GAP_Y = 7.4, 16, 10, 18, 44
WIDE_CHAR_W = 12.0  # a CJK character in the 12px code font is about one em wide
_language = "en"  # of the page being rendered: set by on_pre_page, read by the fence


class Node:
    def __init__(self, node_id: str, op: str, facts: dict, lang: str = "en"):
        self.id, self.op, self.facts = node_id, op, facts  # facts: root / leaf / saved / freed -> text
        self.lang = lang
        self.layer, self.x, self.y = 0, 0.0, 0.0

    @property
    def lines(self) -> list[str]:
        return [self.op] + [f"{ui('graph_' + key, self.lang)}: {value}" for key, value in self.facts.items()]

    @property
    def width(self) -> float:
        return max(text_width(line) for line in self.lines) + 2 * PAD

    @property
    def height(self) -> float:
        return len(self.lines) * LINE_H + PAD


def text_width(line: str) -> float:
    return sum(WIDE_CHAR_W if ord(ch) > 0x2E7F else CHAR_W for ch in line)


def parse(text: str, lang: str = "en") -> tuple[dict[str, Node], list[tuple[str, str]]]:
    nodes, edges = {}, []
    for line in text.strip().splitlines():
        kind, rest = line.split(" ", 1)
        if kind == "node":
            head, *facts = rest.split(" | ")
            node_id, op = head.split(" ", 1)
            nodes[node_id] = Node(node_id, op, dict(f.split(" ", 1) for f in facts), lang)
        elif kind == "edge":
            parent, child = rest.split()
            edges.append((parent, child))
        else:
            raise ValueError(f"autograd-graph: cannot read line {line!r}")
    return nodes, edges


def layout(nodes: dict[str, Node], edges: list[tuple[str, str]]) -> tuple[float, float]:
    """Layer = longest path from a root; within a layer, order by the parents' mean x."""
    for _ in nodes:  # longest-path relaxation; the graph is a small DAG
        for parent, child in edges:
            nodes[child].layer = max(nodes[child].layer, nodes[parent].layer + 1)
    layers: dict[int, list[Node]] = {}
    for node in nodes.values():  # dict order is the walk's breadth-first order
        layers.setdefault(node.layer, []).append(node)
    parents = {n: [p for p, c in edges if c == n] for n in nodes}
    width = max(sum(n.width for n in row) + GAP_X * (len(row) - 1) for row in layers.values())
    y = PAD
    for level in sorted(layers):
        row = layers[level]
        if level:
            row.sort(key=lambda n: sum(nodes[p].x for p in parents[n.id]) / max(len(parents[n.id]), 1))
        x = (width - (sum(n.width for n in row) + GAP_X * (len(row) - 1))) / 2 + PAD
        for node in row:
            node.x, node.y = x + node.width / 2, y
            x += node.width + GAP_X
        y += max(n.height for n in row) + GAP_Y
    return width + 2 * PAD, y - GAP_Y + PAD


def to_svg(text: str, lang: str = "en") -> str:
    nodes, edges = parse(text, lang)
    width, height = layout(nodes, edges)
    roots = ", ".join(n.facts["root"] for n in nodes.values() if "root" in n.facts)
    title = ui("graph_title", lang).format(roots=roots, nodes=len(nodes), edges=len(edges))
    arrow = "ag-arrow-" + hashlib.sha1(text.encode()).hexdigest()[:8]  # ids unique per page
    out = [
        f'<svg class="autograd-graph" role="img" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{html.escape(title)}</title>",
        f'<defs><marker id="{arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>',
    ]
    for parent, child in edges:
        p, c = nodes[parent], nodes[child]
        out.append(f'<line class="ag-edge" x1="{p.x:.1f}" y1="{p.y + p.height:.1f}" x2="{c.x:.1f}" y2="{c.y:.1f}" '
                   f'stroke="currentColor" marker-end="url(#{arrow})"/>')
    for node in nodes.values():
        kind = "ag-root" if "root" in node.facts else "ag-leaf" if "leaf" in node.facts else "ag-op"
        left = node.x - node.width / 2
        out.append(f'<g class="ag-node {kind}"><rect x="{left:.1f}" y="{node.y:.1f}" width="{node.width:.1f}" '
                   f'height="{node.height:.1f}" rx="5"/>')
        for i, line in enumerate(node.lines):
            style = ' class="ag-freed"' if line.startswith(ui("graph_freed", lang) + ":") else ' class="ag-op-name"' if i == 0 else ""
            out.append(f'<text x="{node.x:.1f}" y="{node.y + PAD / 2 + LINE_H * (i + 0.8):.1f}"{style}>'
                       f"{html.escape(line)}</text>")
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def fence_format(source, language, css_class, options, md, **kwargs):
    """pymdownx.superfences custom fence formatter."""
    legend = html.escape(ui("graph_legend", _language))
    return (f'<figure class="autograd-graph-figure">{to_svg(source, _language)}'
            f'<figcaption class="autograd-graph-legend">{legend}</figcaption></figure>')


def on_pre_page(page, config, files):
    global _language
    _language = config.plugins["i18n"].current_language
    return page


def on_config(config):
    fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
    if not any(f.get("name") == "autograd-graph" for f in fences):
        fences.append({"name": "autograd-graph", "class": "autograd-graph", "format": fence_format})
    return config
