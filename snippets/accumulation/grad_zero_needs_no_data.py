# The several-losses article (see Sources) resets with
# x.grad.data.zero_(). The .data is not needed: a gradient does not
# require grad itself, so x.grad.zero_() is the same in-place fill,
# and x.grad = None (what zero_grad() does by default) frees it instead.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(x * x).sum().backward()
print("x.grad:", x.grad.tolist(), "| x.grad.requires_grad:", x.grad.requires_grad)
x.grad.zero_()
print("after x.grad.zero_():", x.grad.tolist())
x.grad = None
print("after x.grad = None:", x.grad)
