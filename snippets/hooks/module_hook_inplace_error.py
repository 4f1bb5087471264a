# A full backward hook wraps the module's inputs and outputs in an
# autograd node of its own. An in-place op on the hooked module's
# output, here the next layer's ReLU(inplace=True), is refused.
import torch
from torch import nn

torch.manual_seed(0)

# The same holds for a hooked module that changes its own input:
relu = nn.ReLU(inplace=True)
relu.register_full_backward_hook(lambda module, gi, go: None)
try:
    relu(torch.ones(1, 2, requires_grad=True) * 2)
except RuntimeError as e:
    same = "BackwardHookFunction is a view" in str(e)
    print("hooked ReLU(inplace=True), same error:", same)

model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(inplace=True))
model[0].register_full_backward_hook(lambda module, gi, go: None)
model(torch.ones(1, 2))  # fails in the forward pass already
