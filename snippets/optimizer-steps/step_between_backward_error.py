# One optimizer step per loss on ONE graph: the step changes the weights in place,
# and the second backward() needs the weights as they were in the forward pass.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)
w = net[2].weight  # [1, 8]

print("version after init:      ", w._version)  # kaiming_uniform_ ran in place once
out = net(x)
loss_mse, loss_l1 = F.mse_loss(out, y), F.l1_loss(out, y)
print("version after forward:   ", w._version)
loss_mse.backward(retain_graph=True)
print("version after backward:  ", w._version)  # backward writes w.grad, not w
optimizer.step()
print("version after step():    ", w._version)  # w -= lr * w.grad, in place
loss_l1.backward()  # goes through the saved (transposed) w, saved at version 1
