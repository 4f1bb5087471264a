# Under the pinned PyTorch (2.13), dict inputs mean a plain dict: another mapping,
# even the OrderedDict that state_dict() returns, is refused.
from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
loss = model(torch.randn(4, 3)).pow(2).mean()
print("state_dict() type:", type(model.state_dict()).__name__)
torch.autograd.grad(loss, OrderedDict(model.named_parameters()))
