# checkpoint() without use_reentrant: a warning, and the reentrant
# variant. The node that ends the segment in the graph tells which
# variant ran.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
segment = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
x = torch.randn(2, 4, requires_grad=True)

for flag in (True, False):
    out = checkpoint(segment, x, use_reentrant=flag)
    print(f"use_reentrant={flag}: {out.grad_fn.name()}")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = checkpoint(segment, x)
print(f"not passed: {out.grad_fn.name()}")
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
