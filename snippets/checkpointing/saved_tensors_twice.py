# A custom autograd.Function whose backward reads ctx.saved_tensors
# twice. Fine without checkpointing and with the reentrant variant;
# the non-reentrant variant hands each recomputed tensor out once.
import torch
from torch.utils.checkpoint import checkpoint


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a):
        ctx.save_for_backward(a)
        return a**3

    @staticmethod
    def backward(ctx, grad):
        (a,) = ctx.saved_tensors
        (b,) = ctx.saved_tensors  # a second read of the same tensor
        return 3 * a * b * grad


def segment(h):
    return Cube.apply(h.sin())


x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
segment(x).sum().backward()
plain = x.grad
for reentrant in (True, False):
    x.grad = None
    out = checkpoint(segment, x, use_reentrant=reentrant)
    print(f"use_reentrant={reentrant}:")
    out.sum().backward()
    print("  x.grad equals the plain run:", torch.equal(x.grad, plain))
