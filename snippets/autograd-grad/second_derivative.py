# create_graph=True records the backward pass itself, so the returned gradient
# can be differentiated again. y = x^3 at x = 4: 3x^2 = 48, 6x = 24, then 6.
import torch

x = torch.tensor(4.0, requires_grad=True)
y = x**3

(dy,) = torch.autograd.grad(y, x, create_graph=True)
print(f"dy/dx     = {dy.item()}  (requires_grad={dy.requires_grad})")
(d2y,) = torch.autograd.grad(dy, x, create_graph=True)
print(f"d2y/dx2   = {d2y.item()}")
(d3y,) = torch.autograd.grad(d2y, x)
print(f"d3y/dx3   = {d3y.item()}  (requires_grad={d3y.requires_grad})")
