# Fix: torch.autograd.grad(..., create_graph=True) RETURNS the gradient instead of
# storing it in x.grad, so no cycle. d/dx x^3 = 3x^2 = 12, d2/dx2 = 6x = 12 at x = 2.
import warnings

import torch

x = torch.tensor(2.0, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (dx,) = torch.autograd.grad(x**3, x, create_graph=True)
    (dxx,) = torch.autograd.grad(dx, x)
print("first derivative:", dx.item(), "| second derivative:", dxx.item())
print("warnings:", len(caught), "| x.grad:", x.grad)
