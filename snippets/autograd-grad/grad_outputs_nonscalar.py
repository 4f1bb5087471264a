# For a non-scalar output, grad_outputs is the vector v of the vector-Jacobian
# product v^T J: it has the output's shape and weights each output element.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # elementwise, so J is diagonal with entries 2x

(g,) = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y), retain_graph=True)
print("v = ones:          ", g.tolist())  # the gradient of y.sum()
(g,) = torch.autograd.grad(y, x, grad_outputs=torch.tensor([1.0, 0.0, 0.5]))
print("v = [1, 0, 0.5]:   ", g.tolist())  # the gradient of (y * v).sum()
