# Dropout draws a new random mask at every forward pass. To compare accumulated
# gradients with the big batch, both runs must draw the same masks: reset the
# generator to the same state before each run. On the CPU, the four small masks
# then come out of the random stream in the order of the one big mask.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Dropout(0.5), nn.Linear(16, 1))
x, y = torch.randn(32, 4), torch.randn(32, 1)


def big_batch():
    model.zero_grad()
    F.mse_loss(model(x), y).backward()
    return [p.grad.clone() for p in model.parameters()]


def micro_batches():
    model.zero_grad()
    for xb, yb in zip(x.chunk(4), y.chunk(4)):
        (F.mse_loss(model(xb), yb) / 4).backward()
    return [p.grad.clone() for p in model.parameters()]


def equal(a, b):
    return all(torch.allclose(u, v) for u, v in zip(a, b))


big = big_batch()
print("generator moved on, new masks:   equal:", equal(big, micro_batches()))

torch.manual_seed(1)
big = big_batch()
torch.manual_seed(1)  # the same state: the four micro-batches draw the same masks
print("same seed before both runs:      equal:", equal(big, micro_batches()))
