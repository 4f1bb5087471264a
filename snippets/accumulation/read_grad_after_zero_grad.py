# Code that reads .grad AFTER zero_grad() used to see zeros; since PyTorch 2.0 it sees
# None. A gradient-norm log placed after zero_grad() now fails.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

loss = model(torch.randn(4, 3)).pow(2).mean()
loss.backward()
optimizer.step()
optimizer.zero_grad()
print("grad norm:", model.weight.grad.norm())  # .grad is None here
