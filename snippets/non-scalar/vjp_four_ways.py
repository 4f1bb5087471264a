# For y = f(x), y.backward(v) accumulates v^T J into x.grad, where J[i, j] = dy_i / dx_j.
# Four computations of that vector agree: backward(v), backward() of (y * v).sum(),
# torch.func.vjp, and the explicit product v @ J with J from torch.func.jacrev.
import torch
from torch.func import jacrev, vjp

torch.manual_seed(0)
W = torch.randn(2, 3)


def f(x):
    return torch.tanh(W @ x)  # 3 inputs -> 2 outputs: J has shape [2, 3]


x = torch.randn(3, requires_grad=True)
v = torch.randn(2)  # one weight per OUTPUT element

f(x).backward(v)
x2 = x.detach().requires_grad_()
(f(x2) * v).sum().backward()  # the scalar whose gradient backward(v) computes
_, vjp_fn = vjp(f, x.detach())
(by_vjp,) = vjp_fn(v)
J = jacrev(f)(x.detach())

print("shapes: v", tuple(v.shape), " J", tuple(J.shape), " x.grad", tuple(x.grad.shape))
print("backward(v) == grad of (y * v).sum():", torch.allclose(x.grad, x2.grad))
print("backward(v) == torch.func.vjp:       ", torch.allclose(x.grad, by_vjp))
print("backward(v) == v @ J:                ", torch.allclose(x.grad, v @ J))
