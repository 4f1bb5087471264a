# A retained graph is not owned by the loss alone. Every tensor whose grad_fn reaches
# a node keeps that node, and the saved tensors it retained, alive: here h, an
# intermediate result kept after the step (as one keeps outputs or logits for metrics).
# Counted with weak references to the saved tensors, as in the previous examples.
import weakref

import torch
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
w = torch.randn(256, 256, requires_grad=True)
saved = []  # a weak reference to each tensor the forward pass saves


def pack(t):
    alias = t.detach()
    saved.append(weakref.ref(alias))
    return alias


def alive():
    return f"{sum(ref() is not None for ref in saved)} of {len(saved)} saved tensors alive"


def forward():
    saved.clear()
    with saved_tensors_hooks(pack, lambda t: t):
        h = torch.tanh(torch.randn(1024, 256) @ w)  # mm saves the input, tanh its output
        loss = (h * h).sum()  # mul saves h twice
    return loss, h


loss, h = forward()
loss.backward(retain_graph=True)
print("after backward(retain_graph=True):", alive())
del loss
print("after del loss, h still referenced:", alive())
print("  the nodes h reaches:", type(h.grad_fn).__name__, "->",
      [type(fn).__name__ for fn, _ in h.grad_fn.next_functions])
del h
print("after del h:", alive())

loss, h = forward()
h = h.detach()  # keep the values only, without the graph
loss.backward(retain_graph=True)
del loss
print("kept h.detach() instead, after del loss:", alive())
