# torch.enable_grad() switches recording back on inside a no_grad
# region: here a saliency map (the gradient of the output with respect
# to the input) computed in the middle of an evaluation loop.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.randn(2, 4)


@torch.enable_grad()  # recording on while this function runs
def input_gradient(model, x):
    x = x.detach().requires_grad_()
    (g,) = torch.autograd.grad(model(x).sum(), x)
    return g


with torch.no_grad():
    out = model(x)  # not recorded
    g = input_gradient(model, x)  # recorded inside the function only
    print("grad mode back in the block:", torch.is_grad_enabled())
    with torch.enable_grad():
        inner = model(x)
print("out.grad_fn:", out.grad_fn)
print("saliency shape:", tuple(g.shape))
print("inner.grad_fn:", type(inner.grad_fn).__name__)
print("parameters' .grad untouched:",
      all(p.grad is None for p in model.parameters()))
