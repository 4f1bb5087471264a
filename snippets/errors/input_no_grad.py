# Gradient with respect to the input (a saliency map): the input was created
# without requires_grad, so autograd never recorded how the output depends on it.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
image = torch.randn(1, 4)  # requires_grad=False, like any data tensor
score = model(image).sum()
torch.autograd.grad(score, image)
