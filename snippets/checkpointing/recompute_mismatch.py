# A segment that takes another path when it is rerun in backward.
# Reentrant: silently differentiates the rerun. Non-reentrant: counts
# the tensors saved in the forward pass and in the recomputation, and
# stops at a mismatch.
import torch
from torch.utils.checkpoint import CheckpointError, checkpoint

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
calls = [0]


def segment(h):
    calls[0] += 1
    h = h.sin()
    if calls[0] == 1:  # only in the forward pass, say a warm-up branch
        h = h.exp()
    return h.cos()


def grad_of(f):
    return torch.autograd.grad(f(x).sum(), x)[0]


forward_fn = grad_of(lambda h: h.sin().exp().cos())
rerun_fn = grad_of(lambda h: h.sin().cos())

out = checkpoint(segment, x, use_reentrant=True)
out.sum().backward()
print("reentrant, value is cos(exp(sin x)):",
      torch.equal(out, x.sin().exp().cos()))
print("  grad of the forward's function:", torch.equal(x.grad, forward_fn))
print("  grad of the rerun's function:  ", torch.equal(x.grad, rerun_fn))

calls[0] = 0
out = checkpoint(segment, x, use_reentrant=False)
try:
    out.sum().backward()
except CheckpointError as e:  # its message goes on with tips on
    # debug=True and torch.compile: print the first three lines
    lines = str(e).splitlines()
    print("non-reentrant:")
    print(f"{type(e).__name__}: {lines[0]}")
    print("\n".join(lines[1:3]))
