# optimizer.zero_grad() resets only the parameters given to that optimizer;
# model.zero_grad() resets every parameter of the module; a bare tensor is reset by hand.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 1))
head_optimizer = torch.optim.SGD(model[1].parameters(), lr=0.1)  # trains the head only
model(torch.randn(2, 3)).sum().backward()

head_optimizer.zero_grad()
print("after head_optimizer.zero_grad(): body grad is None:", model[0].weight.grad is None)
print("                                  head grad is None:", model[1].weight.grad is None)
model.zero_grad()  # same default as the optimizer: set_to_none=True
print("after model.zero_grad(): every grad is None:", all(p.grad is None for p in model.parameters()))

t = torch.ones(2, requires_grad=True)
(3 * t).sum().backward()
t.grad = None  # what zero_grad() does for each parameter
print("bare tensor after t.grad = None:", t.grad)
