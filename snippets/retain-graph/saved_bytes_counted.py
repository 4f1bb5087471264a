# Measure what a forward pass saves for backward: saved_tensors_hooks calls `pack`
# once per saved tensor. The same storage can be saved several times.
import torch
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
w = torch.randn(256, 256, requires_grad=True)
x = torch.randn(1024, 256)  # 1024 * 256 float32 = 1 MiB

saves = []


def pack(t):
    saves.append((t.untyped_storage().data_ptr(), t.numel() * t.element_size()))
    return t


with saved_tensors_hooks(pack, lambda t: t):
    h = torch.tanh(x @ w)  # mm saves x (to get w's gradient); tanh saves its output h
    loss = (h * h).sum()  # mul saves both inputs: h and h again

distinct = dict(saves)  # one entry per storage
print("saves:", len(saves), f"| summed per save: {sum(n for _, n in saves) / 2**20:.1f} MiB")
print("distinct storages:", len(distinct), f"| real memory: {sum(distinct.values()) / 2**20:.1f} MiB")
