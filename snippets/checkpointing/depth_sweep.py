# Saved-tensor memory of a stack of Linear+ReLU layers, by depth:
# without checkpointing, and with segments of about sqrt(depth)
# layers. "fwd" is what the graph holds after the forward pass, "peak"
# the most it holds at any time, backward included. Reentrant
# checkpointing recomputes under ordinary autograd, so the hooks see
# the recomputation (the non-reentrant variant saves the same after
# the forward pass, but stores its recomputation with hooks of its own).
import math
import weakref

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
WIDTH = 32  # every activation: 2048 x 32 float32 = 0.25 MiB
x = torch.randn(2048, WIDTH, requires_grad=True)
alive, mem = {}, {"now": 0, "peak": 0}  # storage -> [saves, bytes]
params = set()


def release(key):
    alive[key][0] -= 1
    if alive[key][0] == 0:
        mem["now"] -= alive.pop(key)[1]


def pack(t):
    key = t.untyped_storage().data_ptr()  # never printed
    if key in params:
        return t.detach()
    if key not in alive:
        alive[key] = [0, t.untyped_storage().nbytes()]
        mem["now"] += alive[key][1]
        mem["peak"] = max(mem["peak"], mem["now"])
    alive[key][0] += 1
    alias = t.detach()
    weakref.finalize(alias, release, key)
    return alias


def run(model, step):  # step: modules per segment, 0 = no checkpoint
    if step == 0:
        return model(x)
    h = x
    for i in range(0, len(model), step):
        h = checkpoint(model[i : i + step], h, use_reentrant=True)
    return h


def measure(model, step):
    mem["peak"] = 0
    with saved_tensors_hooks(pack, lambda t: t):
        loss = run(model, step).sum()
        forward = mem["now"]
        loss.backward()
    return forward / 2**20, mem["peak"] / 2**20


def mib(value):
    return f"{value:6.2f}"


results = []  # (depth, layers per segment, plain, ckpt fwd, ckpt peak)
for depth in (1, 2, 4, 8, 16, 32, 64):
    layers = [m for _ in range(depth) for m in (nn.Linear(WIDTH, WIDTH), nn.ReLU())]
    model = nn.Sequential(*layers)
    params.clear()
    params.update(p.untyped_storage().data_ptr() for p in model.parameters())
    k = max(1, round(math.sqrt(depth)))
    plain, _ = measure(model, 0)
    fwd, peak = measure(model, 2 * k)
    results.append((depth, k, plain, fwd, peak))

print("saved MiB         plain   ckpt   ckpt")
print("depth  layers/seg    fwd    fwd   peak")
for depth, k, plain, fwd, peak in results:
    print(f"{depth:>5}  {k:>10} {mib(plain)} {mib(fwd)} {mib(peak)}")
print("all released:", mem["now"] == 0)
