# torch.autograd.grad through a checkpointed segment: the
# non-reentrant variant returns the gradient, the reentrant one
# refuses (so does backward(inputs=...)). Two related calls do not
# raise with the reentrant variant, and are wrong without a word.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
segment = nn.Sequential(nn.Linear(4, 4), nn.Tanh())
weight = segment[0].weight
x = torch.randn(2, 4, requires_grad=True)

(plain,) = torch.autograd.grad(segment(x).sum(), x)

out = checkpoint(segment, x, use_reentrant=False)
(g,) = torch.autograd.grad(out.sum(), x)
print("use_reentrant=False, equals plain:", torch.equal(g, plain))

# backward(create_graph=True), as for a gradient penalty: x.grad
# should have a graph. (backward() warns that create_graph makes
# .grad cycles; the warning is ignored here.)
for reentrant in (False, True):
    out = checkpoint(segment, x, use_reentrant=reentrant)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out.sum().backward(create_graph=True)
    print(f"use_reentrant={reentrant}, create_graph=True:")
    print("  x.grad.requires_grad:", x.grad.requires_grad)
    x.grad = None
    segment.zero_grad()  # .grad = None: no cycle stays behind

# inputs= naming only parameters of the segment: the outer graph
# never reaches them, so the checkpoint node does not even run.
out = checkpoint(segment, x, use_reentrant=True)
out.sum().backward(inputs=[weight])
print("use_reentrant=True, backward(inputs=[weight]):")
print("  weight.grad:", weight.grad)

out = checkpoint(segment, x, use_reentrant=True)
print("use_reentrant=True, autograd.grad(..., x):")
torch.autograd.grad(out.sum(), x)
