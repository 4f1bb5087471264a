# Checkpointing pays for its savings in the backward pass: each
# segment is recomputed, and its activations exist again while its
# gradient is computed. The hooks stay open through backward here, and
# a finalizer subtracts a storage's bytes when the graph lets it go.
# The reentrant variant recomputes with ordinary autograd, under our
# hooks; the non-reentrant one saves with hooks of its own (see text).
import weakref

import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
layers = [m for _ in range(8) for m in (nn.Linear(64, 64), nn.ReLU())]
model = nn.Sequential(*layers)
x = torch.randn(4096, 64, requires_grad=True)  # reentrant needs it
params = {p.untyped_storage().data_ptr() for p in model.parameters()}
alive, mem = {}, {"now": 0, "peak": 0}  # storage -> [saves, bytes]


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


def measure(label, forward):
    mem["peak"] = 0
    with saved_tensors_hooks(pack, lambda t: t):
        loss = forward().sum()
        after_forward = mem["now"] / 2**20
        loss.backward()  # recomputation happens in here
    peak = mem["peak"] / 2**20
    print(f"{label:<17}{after_forward:5.2f} {peak:5.2f}")


def segments_of(layer_pairs):
    step = 2 * layer_pairs  # modules per segment

    def forward():
        h = x
        for i in range(0, len(model), step):
            h = checkpoint(model[i : i + step], h, use_reentrant=True)
        return h

    return forward


print(f"{'MiB saved':<17}{'fwd':>5} {'peak':>5}")
measure("no checkpoint", lambda: model(x))
for pairs in (1, 2, 4):
    measure(f"{pairs} layer{'s' if pairs > 1 else ''}/segment", segments_of(pairs))
print("all released:", mem["now"] == 0)
