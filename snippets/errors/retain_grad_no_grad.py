# retain_grad() keeps the gradient that flows through a tensor during backward().
# A tensor that does not require grad is not in the graph: nothing will flow through it.
import torch

x = torch.randn(2, 3)  # input data: requires_grad=False
x.retain_grad()
