# The requires_grad flag is set, then an operation follows: the variable now holds
# the RESULT of that operation (a non-leaf), not a tensor the optimizer can update.
import torch

torch.manual_seed(0)
converted = torch.zeros(3, requires_grad=True).double()
print("converted.is_leaf:", converted.is_leaf, "| grad_fn:", type(converted.grad_fn).__name__)
w = torch.randn(3, requires_grad=True) * 0.01
print("w.is_leaf:", w.is_leaf, "| grad_fn:", type(w.grad_fn).__name__)
torch.optim.SGD([w], lr=0.1)
