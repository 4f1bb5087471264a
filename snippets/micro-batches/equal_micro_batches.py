# K equal micro-batches, each mean-reduced loss divided by K: the accumulated .grad
# of every parameter equals the gradient of one big batch.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
x, y = torch.randn(32, 4), torch.randn(32, 1)

big_loss = F.mse_loss(model(x), y)
big_loss.backward()
big = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
K, logged = 4, 0.0
for xb, yb in zip(x.chunk(K), y.chunk(K)):  # 4 micro-batches of 8
    loss = F.mse_loss(model(xb), yb) / K
    loss.backward()  # adds into .grad; the graph of this micro-batch is freed here
    logged += loss.item()

print(f"big-batch loss {big_loss.item():.4f}, sum of the scaled losses {logged:.4f}")
for (name, p), g in zip(model.named_parameters(), big):
    print(f"{name:<8} accumulated == big batch: {torch.allclose(p.grad, g)}")
