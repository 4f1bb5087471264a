# The old Module.register_backward_hook attaches to the LAST node
# that forward() created, so its grad_input is the gradient with
# respect to that node's inputs, not the module's.
import copy
import warnings

import torch
from torch import nn

torch.manual_seed(0)
full = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
old = copy.deepcopy(full)  # the same block, for the old hook
x = torch.randn(1, 3, requires_grad=True)


def report(name):
    def hook(module, grad_input, grad_output):
        print(name, "grad_input:", [tuple(g.shape) for g in grad_input])

    return hook


full.register_full_backward_hook(report("full"))
old.register_backward_hook(report("old "))
full(x).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = old(x)  # the warning comes from the forward call
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
out.sum().backward()

# On a lone Linear, the last node is AddmmBackward0: the old hook's
# grad_input holds the bias's and the transposed weight's gradients.
lin = nn.Linear(3, 2)
lin.register_backward_hook(report("old Linear"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the same FutureWarning
    out = lin(x)
out.sum().backward()
