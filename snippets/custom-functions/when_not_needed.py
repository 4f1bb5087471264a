# A composition of differentiable ops needs no Function: autograd
# already has its exact gradient, double backward and torch.func
# support for free.
import torch
from torch.func import grad, vmap


def swish(x):
    return x * torch.sigmoid(x)


torch.manual_seed(0)  # gradgradcheck draws random grad_outputs
x = torch.tensor([-1.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
print("gradcheck:", torch.autograd.gradcheck(swish, (x,)))
print("gradgradcheck:", torch.autograd.gradgradcheck(swish, (x,)))
(d1,) = torch.autograd.grad(swish(x).sum(), x, create_graph=True)
s = torch.sigmoid(x)
print("d1 = s + x*s*(1-s):", torch.allclose(d1, s + x * s * (1 - s)))
print("vmap(grad(swish)):", torch.allclose(vmap(grad(swish))(x), d1))
