# Micro-batches of 12, 12 and 8 (32 samples, the last one short). With a mean-reduced
# loss, dividing by K gives the samples of the short micro-batch too much weight;
# weighting each loss by n_k / N gives every sample 1 / N, like the big batch.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
x, y = torch.randn(32, 4), torch.randn(32, 1)
N, sizes = len(x), [12, 12, 8]

F.mse_loss(model(x), y).backward()
big = [p.grad.clone() for p in model.parameters()]


def accumulate(weight):
    model.zero_grad()
    for xb, yb in zip(x.split(sizes), y.split(sizes)):
        (F.mse_loss(model(xb), yb) * weight(len(xb))).backward()
    return all(torch.allclose(p.grad, g) for p, g in zip(model.parameters(), big))


K = len(sizes)
print("per-sample weight with / K:", ", ".join(f"1/{K * n}" for n in sizes), f"(big batch: 1/{N})")
print("each loss / K       == big batch:", accumulate(lambda n: 1 / K))
print("each loss * n_k / N == big batch:", accumulate(lambda n: n / N))
