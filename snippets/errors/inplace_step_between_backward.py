# optimizer.step() between two backward() calls on one graph: step() updates the
# weights in place, but the graph saved them for the second backward().
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
out = net(torch.randn(5, 4))
loss1, loss2 = out.pow(2).mean(), out.abs().mean()

saved = out.grad_fn._saved_mat2  # what the last Linear saved: its weight, transposed
print("saved:", tuple(saved.shape), "| a view of the [1, 8] weight:", saved._base is net[2].weight)
print("weight version after the forward pass:", net[2].weight._version)
loss1.backward(retain_graph=True)
optimizer.step()  # w -= lr * w.grad, in place
print("weight version after optimizer.step():", net[2].weight._version)
loss2.backward()  # needs the weight as it was in the forward pass
