# BatchNorm normalizes with the statistics of the batch it sees. Four micro-batches
# of 8 are normalized with four different means and variances, not with those of
# the 32 samples together: the gradient differs, and so do the running statistics.
import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.BatchNorm1d(16), nn.Tanh(), nn.Linear(16, 1))
micro = copy.deepcopy(model)  # the same weights and running statistics
x, y = torch.randn(32, 4), torch.randn(32, 1)

F.mse_loss(model(x), y).backward()
for xb, yb in zip(x.chunk(4), y.chunk(4)):
    (F.mse_loss(micro(xb), yb) / 4).backward()

pairs = zip(model.parameters(), micro.parameters())
same_grad = all(torch.allclose(p.grad, q.grad) for p, q in pairs)
bn, bn_micro = model[1], micro[1]
print("gradients equal:    ", same_grad)
print("running_mean equal: ", torch.allclose(bn.running_mean, bn_micro.running_mean))
print("running_var equal:  ", torch.allclose(bn.running_var, bn_micro.running_var))
print(f"num_batches_tracked: {bn.num_batches_tracked.item()} vs {bn_micro.num_batches_tracked.item()}")
