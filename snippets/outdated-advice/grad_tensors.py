# The current names: grad_tensors= for torch.autograd.backward, gradient= for
# Tensor.backward(). Same result, no warning.
import warnings

import torch

v = torch.tensor([0.1, 1.0, 0.0001])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x = torch.ones(3, requires_grad=True)
    torch.autograd.backward(2 * x, grad_tensors=v)
    first = x.grad
    x = torch.ones(3, requires_grad=True)
    (2 * x).backward(gradient=v)
print("x.grad:", [round(g, 4) for g in first.tolist()])
print("same with Tensor.backward(gradient=v):", torch.equal(first, x.grad))
print("warnings:", len(caught))
