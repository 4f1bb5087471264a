# Unfreezing a backbone the optimizer never held: add its parameters
# as a new param group (often with a smaller learning rate). Passing
# all of model.parameters() again repeats the head, which is refused.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD(model[2].parameters(), lr=0.1)

opt.add_param_group({"params": model[0].parameters(), "lr": 0.01})
print("groups:", len(opt.param_groups),
      "| learning rates:", [g["lr"] for g in opt.param_groups])
opt.add_param_group({"params": model.parameters()})
