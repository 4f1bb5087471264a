# A checkpointed block whose input does not require grad (raw data,
# or the output of a frozen embedding). Reentrant: the block's own
# parameters get no gradient at all, after only a warning.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(4, 4), nn.ReLU())
head = nn.Linear(4, 1)
x = torch.randn(3, 4)  # data: requires_grad is False

for reentrant in (False, True):
    block.zero_grad()
    head.zero_grad()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        h = checkpoint(block, x, use_reentrant=reentrant)
    head(h).sum().backward()
    print(f"use_reentrant={reentrant}:")
    print("  h.requires_grad:", h.requires_grad)
    print("  block grad is None:", block[0].weight.grad is None)
    print("  head grad is None: ", head.weight.grad is None)
    for w in caught:
        print(f"{w.category.__name__}: {w.message}")
