# A weight changed in place between the forward pass and backward(),
# as an optimizer step taken before backward() does. Without
# checkpointing, the version counter of the saved weight stops the
# backward pass. A checkpointed segment saved no weight: its rerun
# reads the new one, and nothing checks.
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
lin = nn.Linear(4, 4)
x = torch.randn(2, 4, requires_grad=True)
w_forward = lin.weight.detach().clone()
w_new = w_forward + 0.5


def segment(h):
    return lin(h).relu()


def set_weight(w):
    with torch.no_grad():
        lin.weight.copy_(w)  # in place, like optimizer.step()


def plain_x_grad(w):  # x.grad of a run without checkpoint, at w
    set_weight(w)
    return torch.autograd.grad(segment(x).sum(), x)[0]


at_forward, at_new = plain_x_grad(w_forward), plain_x_grad(w_new)

for reentrant in (False, True):
    set_weight(w_forward)
    out = checkpoint(segment, x, use_reentrant=reentrant)
    set_weight(w_new)  # before backward()
    out.sum().backward()  # no error
    print(f"use_reentrant={reentrant}, no error; x.grad is that of")
    print("  the forward's weight:", torch.equal(x.grad, at_forward))
    print("  the new weight:      ", torch.equal(x.grad, at_new))
    x.grad = None

set_weight(w_forward)
out = segment(x)
set_weight(w_new)
print("no checkpoint:")
out.sum().backward()
