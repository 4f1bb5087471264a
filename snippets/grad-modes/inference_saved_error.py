# Features computed once by a frozen backbone under inference_mode,
# then used to train a new head: the Linear layer must save its input
# to compute its weight's gradient, and an inference tensor cannot be
# saved for backward.
import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(4, 8), nn.Linear(8, 2)
x = torch.randn(16, 4)

with torch.inference_mode():
    features = backbone(x)  # cached once, reused every epoch
print("features.is_inference():", features.is_inference())
logits = head(features)
