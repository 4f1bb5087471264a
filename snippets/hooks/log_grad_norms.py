# Logging the gradient norm of every parameter from hooks, during
# the backward pass, without touching the training loop.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
norms = {}


def log_norm(name):
    def hook(grad):
        norms[name] = grad.norm().item()  # observe only: return None

    return hook


handles = [
    p.register_hook(log_norm(name)) for name, p in model.named_parameters()
]
x, y = torch.randn(16, 4), torch.randn(16, 1)
nn.functional.mse_loss(model(x), y).backward()
for name, value in norms.items():  # in the order the hooks fired
    print(f"{name:9s} {value:.4f}")
same = all(
    norms[n] == p.grad.norm().item()
    for n, p in model.named_parameters()
)
print("equal to p.grad.norm() after backward:", same)
for handle in handles:
    handle.remove()
