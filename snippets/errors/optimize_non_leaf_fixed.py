# Fix: do all the arithmetic first, then switch on requires_grad (or wrap the
# tensor in nn.Parameter). The result is a leaf that the optimizer can update.
import torch
from torch import nn

torch.manual_seed(0)
w = (torch.randn(3) * 0.01).requires_grad_()
b = nn.Parameter(torch.zeros(1))
print("w.is_leaf:", w.is_leaf, "| b.is_leaf:", b.is_leaf)
optimizer = torch.optim.SGD([w, b], lr=0.1)
print("parameters in the optimizer:", len(optimizer.param_groups[0]["params"]))
