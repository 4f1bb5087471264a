# Checkpointing keeps the segment's input and reruns the segment in
# backward. Two counters prove it: one at the start of the segment,
# one at its end.
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
lin1, lin2 = nn.Linear(8, 8), nn.Linear(8, 8)
x = torch.randn(4, 8, requires_grad=True)
calls = {"start": 0, "end": 0}


def segment(h):
    calls["start"] += 1
    h = lin2(torch.relu(lin1(h)))
    h = h + 1  # saves nothing for backward
    calls["end"] += 1
    return h


def grads():
    return [t.grad.clone() for t in (x, lin1.weight, lin2.weight)]


segment(x).square().sum().backward()
plain = grads()

for reentrant in (False, True):
    x.grad = lin1.weight.grad = lin2.weight.grad = None
    calls.update(start=0, end=0)
    out = checkpoint(segment, x, use_reentrant=reentrant)
    print(f"use_reentrant={reentrant}")
    print("  after forward: ", calls)
    out.square().sum().backward()
    print("  after backward:", calls)
    same = all(torch.equal(a, b) for a, b in zip(grads(), plain))
    print("  gradients equal the plain run:", same)
