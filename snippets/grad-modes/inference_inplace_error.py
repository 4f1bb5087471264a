# An inference tensor has no version counter, so autograd could not
# notice a change to it: outside inference mode, in-place changes to it
# are refused. Reading it is fine.
import torch
from torch import nn

torch.manual_seed(0)
backbone = nn.Linear(4, 8)
x = torch.randn(16, 4)

with torch.inference_mode():
    features = backbone(x)
print("mean of features:", f"{features.mean().item():.4f}")
features -= features.mean(dim=0)  # center them, in place
