# Fix: finish every backward() that uses a graph before optimizer.step() changes
# the weights that graph saved. Here: one backward() on the sum, then one step.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
out = net(torch.randn(5, 4))
loss1, loss2 = out.pow(2).mean(), out.abs().mean()

optimizer.zero_grad()
(loss1 + loss2).backward()
optimizer.step()  # safe: nothing still needs the old weights
print("step done, weight version:", net[2].weight._version)
