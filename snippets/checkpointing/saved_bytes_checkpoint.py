# What the graph holds after the forward pass of 8 Linear+ReLU layers,
# without and with checkpointing. Every activation is 4096 x 64 float32
# = 1 MiB. We count each storage once and skip the parameters.
import torch
from torch import nn
from torch.autograd.graph import saved_tensors_hooks
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
layers = [m for _ in range(8) for m in (nn.Linear(64, 64), nn.ReLU())]
model = nn.Sequential(*layers)  # 16 modules
x = torch.randn(4096, 64)  # a batch of 4096
params = {p.untyped_storage().data_ptr() for p in model.parameters()}


def saved_after_forward(label, run):
    saves, storages = [0], {}

    def pack(t):
        saves[0] += 1
        key = t.untyped_storage().data_ptr()  # never printed
        if key not in params:
            storages[key] = t.untyped_storage().nbytes()
        return t.detach()  # same memory, no reference cycle

    with saved_tensors_hooks(pack, lambda t: t):
        loss = run().sum()  # sum saves nothing
    mib = sum(storages.values()) / 2**20
    print(f"{label:<17}{saves[0]:>2} saves, {len(storages)} storages, {mib:.2f} MiB")
    loss.backward()


def segments_of(layer_pairs):
    step = 2 * layer_pairs  # modules per segment

    def run():
        h = x
        for i in range(0, len(model), step):
            h = checkpoint(model[i : i + step], h, use_reentrant=False)
        return h

    return run


saved_after_forward("no checkpoint", lambda: model(x))
for pairs in (1, 2, 4):
    label = f"{pairs} layer{'s' if pairs > 1 else ''}/segment"
    saved_after_forward(label, segments_of(pairs))
