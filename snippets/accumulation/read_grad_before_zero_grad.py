# The fix: read gradients where they exist, between backward() and zero_grad(),
# and skip parameters whose .grad is None (they got no gradient this step).
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

loss = model(torch.randn(4, 3)).pow(2).mean()
loss.backward()
norms = [p.grad.norm() for p in model.parameters() if p.grad is not None]
print(f"grad norm: {torch.stack(norms).norm().item():.4f}")
optimizer.step()
optimizer.zero_grad()
