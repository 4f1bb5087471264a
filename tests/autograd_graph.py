"""The autograd graph of an example, as deterministic text the site draws as a diagram.

A snippet asks for its diagram with a comment line ``# graph: loss`` (or several names:
``# graph: loss2, loss3``). After it ran, tests/snippet_runner.py walks the ``grad_fn``
graph from those tensors and stores the text beside the snippet (``<name>.graph``);
the page includes it in an ``autograd-graph`` fence, which hooks/autograd_graph_svg.py
renders as inline SVG, and the doc test compares it with a fresh walk.

One line per node, in breadth-first order from the roots, then one line per edge::

    node n0 MseLossBackward0 | root loss2 | saved self, target
    node n3 AccumulateGrad | leaf w
    edge n0 n1

Names are class names and the snippet's own variable names, never addresses. A saved
tensor that backward() has already freed is listed as ``freed``.
"""

from __future__ import annotations

import re

import torch

SPEC = re.compile(r"^# graph: ([\w., ]+)$", re.M)


def requested_roots(code: str) -> list[str] | None:
    found = SPEC.search(code)
    return [name.strip() for name in found.group(1).split(",")] if found else None


def _leaf_names(namespace: dict) -> dict[int, str]:
    names = {}
    for name, value in namespace.items():
        if isinstance(value, torch.Tensor) and not name.startswith("_"):
            names.setdefault(id(value), name)
        elif isinstance(value, torch.nn.Module):
            for pname, param in value.named_parameters():
                names.setdefault(id(param), f"{name}.{pname}")
    return names


def _saved(fn) -> tuple[list[str], list[str]]:
    kept, freed = [], []
    for attr in sorted(a for a in dir(fn) if a.startswith("_saved_")):
        try:
            value = getattr(fn, attr)
        except RuntimeError:  # "... saved tensors after they have already been freed"
            freed.append(attr[len("_saved_"):])
            continue
        if isinstance(value, torch.Tensor) or (isinstance(value, tuple) and value and all(isinstance(v, torch.Tensor) for v in value)):
            kept.append(attr[len("_saved_"):])
    return kept, freed


def describe(roots: list[str], namespace: dict) -> str:
    leaf_names = _leaf_names(namespace)
    ids, order, edges, labels = {}, [], [], {}
    queue = []
    for name in roots:
        tensor = namespace[name]
        if tensor.grad_fn is None:
            raise ValueError(f"graph: {name} has no grad_fn")
        if tensor.grad_fn not in ids:
            ids[tensor.grad_fn] = f"n{len(ids)}"
            order.append(tensor.grad_fn)
            queue.append(tensor.grad_fn)
        labels.setdefault(tensor.grad_fn, []).append(name)
    while queue:
        fn = queue.pop(0)
        for child, _ in fn.next_functions:
            if child is None:
                continue
            if child not in ids:
                ids[child] = f"n{len(ids)}"
                order.append(child)
                queue.append(child)
            edges.append(f"edge {ids[fn]} {ids[child]}")
    lines = []
    for fn in order:
        parts = [f"node {ids[fn]} {type(fn).__name__}"]
        if fn in labels:
            parts.append("root " + ", ".join(labels[fn]))
        if hasattr(fn, "variable"):
            parts.append("leaf " + leaf_names.get(id(fn.variable), "?"))
        kept, freed = _saved(fn)
        if kept:
            parts.append("saved " + ", ".join(kept))
        if freed:
            parts.append("freed " + ", ".join(freed))
        lines.append(" | ".join(parts))
    return "\n".join(lines + edges) + "\n"
