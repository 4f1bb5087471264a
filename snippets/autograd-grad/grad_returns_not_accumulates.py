# torch.autograd.grad RETURNS the gradient; backward() ADDS it into .grad.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**2).sum()  # dy/dx = 2x
(dy_dx,) = torch.autograd.grad(y, x)  # always a tuple, one entry per input
print("returned:", dy_dx.tolist())
print("x.grad after autograd.grad:", x.grad)

y = (x**2).sum()
y.backward()
y = (x**2).sum()
y.backward()
print("x.grad after two backward() calls:", x.grad.tolist())
