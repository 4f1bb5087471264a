# Gradient clipping looks at the norm of the whole gradient, so it belongs after the
# last micro-batch of a group: clipping each micro-batch's share is another operation.
import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
x, y = torch.randn(32, 4), 3 * torch.randn(32, 1)
max_norm = 0.5

big = copy.deepcopy(model)
F.mse_loss(big(x), y).backward()
norm = nn.utils.clip_grad_norm_(big.parameters(), max_norm)  # returns the norm before clipping
print(f"big-batch gradient norm {norm:.3f}, clipped to {max_norm}")


def accumulate(clip_each):
    acc = copy.deepcopy(model)
    for xb, yb in zip(x.chunk(4), y.chunk(4)):
        (F.mse_loss(acc(xb), yb) / 4).backward()
        if clip_each:
            nn.utils.clip_grad_norm_(acc.parameters(), max_norm)  # clips a partial sum
    if not clip_each:
        nn.utils.clip_grad_norm_(acc.parameters(), max_norm)  # once, before step()
    pairs = zip(acc.parameters(), big.parameters())
    return all(torch.allclose(p.grad, q.grad) for p, q in pairs)


print("clip after every micro-batch == big batch:", accumulate(clip_each=True))
print("clip once after the group    == big batch:", accumulate(clip_each=False))
