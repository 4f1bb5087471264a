# Step between the two losses by running a NEW forward pass after the step: each
# backward() then uses the graph of its own forward pass. It runs, but it is a
# different algorithm: two updates, the second one computed at the new weights.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)

for loss_fn in [F.mse_loss, F.l1_loss]:
    optimizer.zero_grad()
    loss = loss_fn(net(x), y)  # a fresh graph, saved at the current weight version
    loss.backward()
    optimizer.step()
    print(f"{loss_fn.__name__}: step done, weight version {net[2].weight._version}")

print("last layer:", ", ".join(f"{v:+.4f}" for v in net[2].weight.flatten()[:4].tolist()), "...")
