# optimizer.zero_grad() sets .grad to None by default (set_to_none=True since
# PyTorch 2.0); set_to_none=False fills the existing gradient tensor with zeros.
import inspect

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
default = inspect.signature(optimizer.zero_grad).parameters["set_to_none"].default
print("default of set_to_none:", default)

model(torch.randn(4, 3)).sum().backward()
optimizer.zero_grad()
print("after zero_grad():", model.weight.grad)

model(torch.randn(4, 3)).sum().backward()
grad_tensor = model.weight.grad
optimizer.zero_grad(set_to_none=False)
print("after zero_grad(set_to_none=False):", model.weight.grad.tolist())
print("still the same tensor object:", model.weight.grad is grad_tensor)
