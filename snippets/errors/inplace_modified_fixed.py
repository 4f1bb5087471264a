# Fix: write the update out of place. y + 1 is a NEW tensor; the output of exp()
# that ExpBackward0 saved stays at version 0.
import torch

x = torch.zeros(3, requires_grad=True)
y = x.exp()
z = y + 1  # out of place
z.sum().backward()
print("version of y:", y._version)
print("x.grad (exp(0) = 1):", x.grad.tolist())
