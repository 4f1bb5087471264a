# `loss1 += ...` is an in-place operation on loss1. It is accepted on a non-leaf, but
# backward() then needs loss1 unchanged if a node SAVED it: exp() saves its output.
# The in-place sum bumps loss1's version, and backward() refuses.
import torch

x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
loss1 = x.pow(2).sum().exp()  # ExpBackward0 saves loss1 itself (d e^s/ds = e^s)
loss2 = x.sum()
print("loss1.grad_fn:", type(loss1.grad_fn).__name__, "| version:", loss1._version)
loss1 += loss2  # accepted: loss1 is not a leaf
print("after +=:", type(loss1.grad_fn).__name__, "| version:", loss1._version)
loss1.backward()
