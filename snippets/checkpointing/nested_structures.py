# Tensors inside a dict going in, or a list coming out. The
# non-reentrant variant looks through both; the reentrant one sees
# only tensors passed directly as arguments, and a tuple of outputs.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
lin = nn.Linear(4, 4)
x = torch.randn(2, 4, requires_grad=True)
mask = torch.ones(2, 4)


def dict_in(batch):  # a dict of tensors in, one tensor out
    return lin(batch["x"]) * batch["mask"]


def list_out(h):  # one tensor in, a list of tensors out
    h = lin(h)
    return [h.relu(), h.tanh()]


def tuple_out(h):  # the same outputs as a tuple
    return tuple(list_out(h))


for reentrant in (False, True):
    print(f"use_reentrant={reentrant}:")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = checkpoint(dict_in, {"x": x, "mask": mask}, use_reentrant=reentrant)
    print("  dict in, out.requires_grad:", a.requires_grad)
    for w in caught:
        print(f"  {w.category.__name__}: {w.message}")
    b = checkpoint(list_out, x, use_reentrant=reentrant)
    print("  list out, requires_grad:", [t.requires_grad for t in b])
    c = checkpoint(tuple_out, x, use_reentrant=reentrant)
    print("  tuple out, requires_grad:", [t.requires_grad for t in c])
