# The same Hessian-vector product with torch.func, which has no hvp
# function: compose it. jvp(grad(f)) pushes v forward through the
# gradient (forward-over-reverse); vjp(grad(f)) pulls v back through
# it (reverse-over-reverse, like autograd.grad twice).
import torch
from torch.func import grad, hessian, jvp, vjp


def f(x):
    return (x**3).sum() + x[0] * x[1]


x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)  # no grad flag
v = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
print("torch.func has hvp:", hasattr(torch.func, "hvp"))

g, hv_fwd = jvp(grad(f), (x,), (v,))  # the gradient comes along
_, pull_back = vjp(grad(f), x)
(hv_rev,) = pull_back(v)
print("g                =", g.tolist())
print("jvp(grad(f)): Hv =", hv_fwd.tolist())
print("vjp(grad(f)): Hv =", hv_rev.tolist())

H = hessian(f)(x)  # jacfwd(jacrev(f)): the full n x n matrix
same = torch.equal(hv_fwd, H @ v) and torch.equal(hv_rev, H @ v)
print("both equal H @ v:", same)
