# The real fix: compute the loss with gradient recording on (no torch.no_grad()).
# Same seed, data and model as the "requires_grad = True" hack.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(16, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

losses = []
for step in range(5):
    optimizer.zero_grad()
    loss = F.mse_loss(model(x), y)  # recorded: loss.grad_fn leads to the parameters
    loss.backward()
    optimizer.step()
    losses.append(f"{loss.item():.4f}")

print("losses:", ", ".join(losses))
print("every parameter has a grad:", all(p.grad is not None for p in model.parameters()))
