# The popular "fix" loss.requires_grad = True silences the error, and nothing learns:
# the loss becomes a new leaf with no connection to the parameters.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(16, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])  # a target the model can fit
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

losses = []
for step in range(5):
    optimizer.zero_grad()
    with torch.no_grad():
        loss = F.mse_loss(model(x), y)
    loss.requires_grad = True  # allowed: loss is a leaf, it has no grad_fn
    loss.backward()  # runs, but the graph is one node: the loss itself
    optimizer.step()  # every p.grad is None: SGD skips them
    losses.append(f"{loss.item():.4f}")

print("losses:", ", ".join(losses))
print("parameter grads:", [p.grad for p in model.parameters()])
print("loss.is_leaf:", loss.is_leaf, " loss.grad:", loss.grad.item())
