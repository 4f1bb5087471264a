# Trying to "freeze" a computed tensor by switching off its requires_grad flag.
# The flag of a non-leaf is decided by its inputs; it cannot be changed afterwards.
import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(4, 4), nn.Linear(4, 1)
features = backbone(torch.randn(2, 4))
print("features.is_leaf:", features.is_leaf)
features.requires_grad = False
