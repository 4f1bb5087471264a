# retain_graph defaults to create_graph: with create_graph=True the graph is kept,
# so a second call works; with the defaults it is freed after the first call.
import torch

x = torch.tensor(4.0, requires_grad=True)

y = x**3
torch.autograd.grad(y, x, create_graph=True)  # retain_graph defaults to True here
(again,) = torch.autograd.grad(y, x)  # the graph of y is still there
print("second call after create_graph=True:", again.item())

y = x**3
torch.autograd.grad(y, x)  # create_graph=False, so retain_graph=False: freed
torch.autograd.grad(y, x)
