# When "divide by k" is not enough: micro-batches of unequal size need weights n_i / N,
# and BatchNorm, which normalizes each micro-batch with its own statistics, breaks the
# equality with the big batch altogether.
import torch
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)
loss_fn = nn.MSELoss()


def accumulated_equals_full(model, sizes, weight):
    model.zero_grad()
    loss_fn(model(x), y).backward()
    full = [p.grad.clone() for p in model.parameters()]
    model.zero_grad()
    for xb, yb in zip(x.split(sizes), y.split(sizes)):
        (loss_fn(model(xb), yb) * weight(len(xb))).backward()
    return all(torch.allclose(p.grad, g, atol=1e-6) for p, g in zip(model.parameters(), full))


linear = nn.Linear(4, 1)
with_bn = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))
cases = [
    ("sizes 8 + 24, each loss / 2", linear, [8, 24], lambda n: 1 / 2),
    ("sizes 8 + 24, each loss * n / 32", linear, [8, 24], lambda n: n / 32),
    ("BatchNorm, 4 x 8, each loss / 4", with_bn, [8] * 4, lambda n: 1 / 4),
]
for label, model, sizes, weight in cases:
    print(f"{label + ':':<34}", accumulated_equals_full(model, sizes, weight))
