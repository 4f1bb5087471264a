# clamp at its bounds: the gradient is 1 where min <= x <= max,
# bounds included, and 0 outside. hardtanh clips the same way
# but excludes its bounds.
import torch
import torch.nn.functional as F


def grad(f, values):
    x = torch.tensor(values, requires_grad=True)
    f(x).sum().backward()
    return x.grad.tolist()


pts = [-1.0, 0.0, 0.5, 1.0, 2.0]
print("x:                ", pts)
print("clamp(x, 0, 1):   ", grad(lambda x: x.clamp(0, 1), pts))
print("hardtanh(x, 0, 1):", grad(lambda x: F.hardtanh(x, 0, 1), pts))
# min == max: a constant function, yet x == 1 gets gradient 1
print("clamp(x, 1, 1):   ", grad(lambda x: x.clamp(1, 1), pts))
# min > max: every output is max, and no x gets a gradient
print("clamp(x, 2, 1):   ", grad(lambda x: x.clamp(2, 1), pts))
