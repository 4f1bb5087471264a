# Module.to() converts each parameter IN PLACE: the Parameter object
# stays the same and stays a leaf, only its data is replaced. So an
# optimizer built before the conversion still holds the parameters
# the model uses.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
before = list(model.parameters())
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # built first

model.to(torch.float64)  # what model.double() does
after = list(model.parameters())
held = optimizer.param_groups[0]["params"]
print("same objects:", all(a is b for a, b in zip(before, after)))
print("optimizer holds them:", all(h is a for h, a in zip(held, after)))
print("weight:", model.weight.dtype, "| is_leaf:", model.weight.is_leaf)

x = torch.ones(2, 3, dtype=torch.float64)
old = model.weight.detach().clone()
model(x).sum().backward()
optimizer.step()
print("grad:", model.weight.grad.dtype)
print("step moved the weight:", not torch.equal(model.weight, old))
