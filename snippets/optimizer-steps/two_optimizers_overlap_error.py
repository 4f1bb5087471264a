# The same two optimizers, but opt_a now also owns the trunk's second layer. Its
# weight was saved for the gradient that flows back to the first layer, and loss_b's
# backward() needs it: stepping opt_a early breaks the second call.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())
head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 1)
opt_a = torch.optim.SGD([*head_a.parameters(), *trunk[2].parameters()], lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)
h = trunk(x)
loss_a, loss_b = F.mse_loss(head_a(h), y), F.l1_loss(head_b(h), y)
loss_a.backward(retain_graph=True)
opt_a.step()  # changes trunk[2].weight, saved (as its [8, 8] transpose) by the forward pass
loss_b.backward()
