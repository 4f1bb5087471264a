# Fix: build the gradient with the output's shape, e.g. torch.ones_like(y).
import torch

x = torch.ones(3, requires_grad=True)
y = 2 * x
y.backward(torch.ones_like(y))  # same shape as y
print("x.grad:", x.grad.tolist())
