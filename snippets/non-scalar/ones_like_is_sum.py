# y.backward(torch.ones_like(y)) is the gradient of y.sum(): x.grad[j] = sum_i dy_i/dx_j,
# the column sums of J. For an elementwise y (diagonal J) that is each y_i's derivative.
import torch
from torch.func import jacrev

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)


def f(x):
    return x**3  # elementwise: dy_i/dx_j = 0 for i != j


y = f(x)
y.backward(torch.ones_like(y))
print("backward(ones_like(y)):", x.grad.tolist())

x2 = x.detach().requires_grad_()
f(x2).sum().backward()
print("y.sum().backward():    ", x2.grad.tolist())
print("column sums of J:      ", jacrev(f)(x.detach()).sum(dim=0).tolist())
print("3 * x**2:              ", (3 * x.detach() ** 2).tolist())

# The diagram on the page: the grad_fn graph of these tensors, walked after this run.
# graph: y
