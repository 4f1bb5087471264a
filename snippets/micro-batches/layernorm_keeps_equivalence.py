# LayerNorm and GroupNorm normalize each sample with its own statistics, so splitting
# the batch changes nothing: accumulation over micro-batches matches the big batch.
import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)

for norm in [nn.LayerNorm(16), nn.GroupNorm(4, 16)]:
    model = nn.Sequential(nn.Linear(4, 16), norm, nn.Tanh(), nn.Linear(16, 1))
    micro = copy.deepcopy(model)
    F.mse_loss(model(x), y).backward()
    for xb, yb in zip(x.chunk(4), y.chunk(4)):
        (F.mse_loss(micro(xb), yb) / 4).backward()
    pairs = zip(model.parameters(), micro.parameters())
    same = all(torch.allclose(p.grad, q.grad) for p, q in pairs)
    print(f"{type(norm).__name__}: gradients equal: {same}")
