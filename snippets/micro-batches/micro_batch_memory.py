# Why accumulate at all: each micro-batch's backward() frees its graph before the
# next micro-batch runs, so the saved tensors peak at one micro-batch, not the batch.
# Measured like the multi-task chapter: bytes per saved storage, parameters skipped.
import weakref

import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 1024), nn.ReLU(), nn.Linear(1024, 1))
x, y = torch.randn(256, 256), torch.randn(256, 1)
params = {p.untyped_storage().data_ptr() for p in model.parameters()}
alive, mem = {}, {"peak": 0}  # alive: storage -> [saves, bytes]


def release(key):
    alive[key][0] -= 1
    if alive[key][0] == 0:
        del alive[key]


def pack(t):
    key = t.untyped_storage().data_ptr()  # identifies the storage; never printed
    if key not in params:
        alive.setdefault(key, [0, t.numel() * t.element_size()])[0] += 1
        mem["peak"] = max(mem["peak"], sum(n for _, n in alive.values()))
        t = t.detach()
        weakref.finalize(t, release, key)
    return t


for K in [1, 4]:
    mem["peak"] = 0
    with saved_tensors_hooks(pack, lambda t: t):
        for xb, yb in zip(x.chunk(K), y.chunk(K)):
            (F.mse_loss(model(xb), yb) / K).backward()
    peak = mem["peak"] / 2**20
    print(f"K = {K}: micro-batches of {len(x) // K}, saved tensors peak at {peak:.2f} MiB")
