# Accumulation on purpose: 4 micro-batches of 8, each loss divided by 4, add up to
# the gradient of one batch of 32 (equal sizes, mean-reduced loss, no BatchNorm).
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
loss_fn = nn.MSELoss()
x, y = torch.randn(32, 4), torch.randn(32, 1)

loss_fn(model(x), y).backward()
full_batch = model.weight.grad.clone()

model.zero_grad()
k = 4
for xb, yb in zip(x.chunk(k), y.chunk(k)):
    (loss_fn(model(xb), yb) / k).backward()  # no zero_grad() inside: gradients add up
print("4 micro-batches == one batch of 32:", torch.allclose(model.weight.grad, full_batch))

model.zero_grad()
for xb, yb in zip(x.chunk(k), y.chunk(k)):
    loss_fn(model(xb), yb).backward()  # forgot the / k
print("without / k, 4 times the gradient:", torch.allclose(model.weight.grad, 4 * full_batch))
