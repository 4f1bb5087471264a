# The out-of-place spelling w = w - lr * w.grad builds a NEW tensor and rebinds the
# name: the model still holds the old parameter, which never changes.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 1)
x, y = torch.randn(16, 8), torch.randn(16, 1)
before = model.weight.detach().clone()

w = model.weight
F.mse_loss(model(x), y).backward()
with torch.no_grad():
    w = w - 0.1 * w.grad  # a new tensor; model.weight is untouched
print("w is model.weight:", w is model.weight, "| w.requires_grad:", w.requires_grad)
print("model.weight changed:", not torch.equal(model.weight, before))
