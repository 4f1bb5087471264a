# Pass a dict of tensors as inputs and autograd.grad returns a dict with the same
# keys: dict(model.named_parameters()) gives gradients by parameter name.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
loss = model(torch.randn(4, 3)).pow(2).mean()

grads = torch.autograd.grad(loss, dict(model.named_parameters()))
for name, g in grads.items():
    print(f"{name}: gradient of shape {tuple(g.shape)}")
print("parameters' .grad untouched:", all(p.grad is None for p in model.parameters()))
