# @torch.no_grad() on a function switches recording off while the
# function runs. A loss helper copied from evaluation code with the
# decorator still on returns a loss without a graph.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)


@torch.no_grad()
def compute_loss(model, x, y):
    return F.mse_loss(model(x), y)


loss = compute_loss(model, x, y)
print("grad mode after the call:", torch.is_grad_enabled())
print("loss.requires_grad:", loss.requires_grad)
print("loss.grad_fn:", loss.grad_fn)
loss.backward()
