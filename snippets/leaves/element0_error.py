# The typical way into the error in a training loop: the loss was computed
# inside torch.no_grad() (here by mistake, as in copied evaluation code).
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)

with torch.no_grad():
    loss = F.mse_loss(model(x), y)
loss.backward()
