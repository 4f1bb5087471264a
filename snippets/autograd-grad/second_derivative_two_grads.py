# The right way: autograd.grad returns each derivative instead of
# adding it into x.grad, so the two never mix, and no warning.
# y = x^3 at x = 3: dy/dx = 3x^2 = 27, d2y/dx2 = 6x = 18.
import warnings

import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (g,) = torch.autograd.grad(y, x, create_graph=True)
    (h,) = torch.autograd.grad(g, x)
print("dy/dx   =", g.item())
print("d2y/dx2 =", h.item())
print("x.grad:", x.grad, " warnings:", len(caught))
