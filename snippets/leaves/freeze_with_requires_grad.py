# Parameters are leaves, so their requires_grad flag may be switched off: a frozen
# layer gets no .grad, and the layers after it still train.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 1))
model[0].requires_grad_(False)  # Module.requires_grad_ sets the flag of every parameter

model(torch.randn(2, 4)).sum().backward()
for name, p in model.named_parameters():
    print(f"{name:8s} requires_grad={p.requires_grad!s:5s} grad is None: {p.grad is None}")
