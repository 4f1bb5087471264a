# model.eval() sets the `training` flag of every submodule to False.
# Dropout and BatchNorm read that flag; autograd does not: outputs
# still have a grad_fn, and backward() fills every .grad.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(),
                      nn.Dropout(0.5), nn.Linear(8, 1))
x = torch.randn(16, 4)

model.eval()
print("model.training:", model.training, "| dropout:", model[3].training)
print("grad mode:", torch.is_grad_enabled())
out = model(x)
print("out.grad_fn:", type(out.grad_fn).__name__)
out.sum().backward()
print("every parameter got a .grad:",
      all(p.grad is not None for p in model.parameters()))
