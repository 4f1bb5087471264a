# Fix: detach() gives a tensor without history (what the message suggests), or
# freeze the PARAMETERS, which are leaves. Either way the backbone gets no gradient.
import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(4, 4), nn.Linear(4, 1)
features = backbone(torch.randn(2, 4)).detach()
head(features).sum().backward()
print("head trained:", head.weight.grad is not None)
print("backbone untouched:", backbone.weight.grad is None)

backbone.requires_grad_(False)  # sets requires_grad=False on every parameter (leaves)
print("frozen parameters:", [p.requires_grad for p in backbone.parameters()])
