# A module hook belongs to one CALL of the module: forward() wraps
# that call's inputs and outputs. A layer applied twice fires its
# module hook twice in one backward; its weight's hook fires once.
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(2, 2)
fired = []
layer.register_full_backward_hook(lambda m, gi, go: fired.append("module"))
layer.weight.register_hook(lambda g: fired.append("weight"))

x = torch.randn(1, 2, requires_grad=True)
layer(layer(x)).sum().backward()  # the same layer, twice
print("one backward():", fired)
