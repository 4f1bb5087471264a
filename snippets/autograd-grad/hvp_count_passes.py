# What an HVP costs next to the full Hessian, counted in backward
# passes: a hook on x fires once in every pass that reaches x.
import torch
from torch.autograd.functional import hessian

passes = 0


def count(grad):
    global passes
    passes += 1


def f(x):
    x.register_hook(count)  # x is the tensor being differentiated
    return (x**3).sum() + x[0] * x[1]


def hvp(x, v):
    (g,) = torch.autograd.grad(f(x), x, create_graph=True)
    return torch.autograd.grad(g, x, grad_outputs=v)[0]


ways = {
    "H v, autograd.grad twice": lambda x, v: hvp(x, v),
    "H, one row per pass": lambda x, v: hessian(f, x),
    "H, vectorize=True": lambda x, v: hessian(f, x, vectorize=True),
}
for n in (3, 10):
    x = torch.arange(1.0, n + 1, dtype=torch.float64, requires_grad=True)
    v = torch.ones(n, dtype=torch.float64)
    for name, way in ways.items():
        passes = 0
        way(x, v)
        print(f"n = {n:2d}  {name:25s} {passes:2d} passes")
