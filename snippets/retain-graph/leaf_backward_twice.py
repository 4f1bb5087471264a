# A leaf has no grad_fn: backward() on it only adds the given gradient into its .grad.
# Nothing is saved, so nothing is freed, and it can be called any number of times.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print("x.is_leaf:", x.is_leaf, "| x.grad_fn:", x.grad_fn)
x.backward(torch.ones_like(x))  # non-scalar: the gradient of "x" w.r.t. itself, times ones
x.backward(torch.ones_like(x))  # no retain_graph needed
print("x.grad after two calls:", x.grad.tolist())
