# Keyword arguments of the checkpointed function: passed through by
# the non-reentrant variant, rejected by the reentrant one.
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
lin = nn.Linear(4, 4)
x = torch.randn(2, 4, requires_grad=True)


def segment(h, scale=1.0):
    return torch.tanh(lin(h)) * scale


out = checkpoint(segment, x, scale=0.5, use_reentrant=False)
print("use_reentrant=False:", torch.equal(out, segment(x, scale=0.5)))

print("use_reentrant=True:")
out = checkpoint(segment, x, scale=0.5, use_reentrant=True)
