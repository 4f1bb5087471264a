# On a layer whose input is plain data, no input gradient is ever
# computed: the full backward hook fires on the OUTPUT gradient
# instead, with grad_input = (None,), and PyTorch warns.
import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(3, 2)
x = torch.randn(1, 3)  # a batch of data: requires_grad=False


def hook(module, grad_input, grad_output):
    print("grad_input:", grad_input)
    print("weight.grad yet:", module.weight.grad is not None)


layer.register_full_backward_hook(hook)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer(x).sum().backward()
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
print("weight.grad after:", layer.weight.grad is not None)
