# With reduction="sum" every sample's gradient simply adds up: the micro-batch
# losses need no weights, whatever their sizes. Divide once by the total count
# (of samples, or of tokens) to get the mean gradient.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
x, y = torch.randn(32, 4), torch.randn(32, 1)

F.mse_loss(model(x), y).backward()  # mean over the 32 samples
mean_grads = [p.grad.clone() for p in model.parameters()]

model.zero_grad()
count = 0
for xb, yb in zip(x.split([12, 12, 8]), y.split([12, 12, 8])):
    F.mse_loss(model(xb), yb, reduction="sum").backward()  # no weight
    count += len(xb)
sum_ok = all(torch.allclose(p.grad, count * g) for p, g in zip(model.parameters(), mean_grads))
print(f"accumulated sum == {count} * big-batch mean gradient:", sum_ok)

for p in model.parameters():
    p.grad /= count  # once, before optimizer.step()
print("after dividing by the count == mean gradient:",
      all(torch.allclose(p.grad, g) for p, g in zip(model.parameters(), mean_grads)))
