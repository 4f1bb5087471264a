# Fix: to get the gradient of an input, make it require grad. It is a leaf, so
# backward() fills its .grad by itself: retain_grad() is for NON-leaf tensors.
import torch

torch.manual_seed(0)
x = torch.randn(2, 3).requires_grad_()
(3 * x).sum().backward()
print("x.is_leaf:", x.is_leaf, "| x.grad:", x.grad.tolist())
