# Asking autograd.grad for the gradient of an input the output does not depend on
# is an error by default; the index says which input (0-based).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.tensor([3.0, 4.0], requires_grad=True)  # requires grad, but unused below
y = (x**2).sum()
torch.autograd.grad(y, [x, z])
