# ones_like(y) is NOT "the gradient of every output". When the outputs are coupled,
# the sum can hide everything: softmax outputs always sum to 1, so the gradient of
# their sum is zero, although each output does depend on every input.
import torch
from torch.func import jacrev

torch.manual_seed(0)
x = torch.randn(4, requires_grad=True)
y = torch.softmax(x, dim=0)
y.backward(torch.ones_like(y))
print("x.grad is zero (up to rounding):", torch.allclose(x.grad, torch.zeros(4), atol=1e-6))

J = jacrev(lambda t: torch.softmax(t, dim=0))(x.detach())
print(f"largest |dy_i/dx_j| in J: {J.abs().max().item():.4f}")
