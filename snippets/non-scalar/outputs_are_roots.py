# The CSDN post (see Sources) calls the tensors passed to backward()
# "leaf nodes". They are the ROOTS: outputs with a grad_fn, where the
# backward pass starts. Leaves are where it ends, and only leaves that
# require grad receive .grad.
import torch

x = torch.ones(2, 2, requires_grad=True)
out = ((x + 2) * (x + 2) * 3).mean()
print("out: is_leaf =", out.is_leaf, "| grad_fn =", type(out.grad_fn).__name__)
print("x:   is_leaf =", x.is_leaf, "| grad_fn =", x.grad_fn)
torch.autograd.backward([out])  # the "tensors" argument: the roots
print("x.grad filled:", x.grad is not None)
