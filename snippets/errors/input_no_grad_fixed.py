# Fix: mark the input with requires_grad_() BEFORE the forward pass.
# For a linear model the input gradient is the weight row.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
image = torch.randn(1, 4).requires_grad_()
score = model(image).sum()
(saliency,) = torch.autograd.grad(score, image)
print("saliency shape:", tuple(saliency.shape))
print("equals the weight row:", torch.equal(saliency, model.weight.detach()))
