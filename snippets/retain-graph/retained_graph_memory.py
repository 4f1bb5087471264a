# How long saved tensors live. The pack hook hands autograd a detached alias of each
# saved tensor and keeps only a weak reference to it: when the graph lets go, it dies.
import weakref

import torch
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
w = torch.randn(256, 256, requires_grad=True)
refs = {}  # storage -> (weak reference, bytes)


def pack(t):
    alias = t.detach()
    refs[t.untyped_storage().data_ptr()] = (weakref.ref(alias), t.numel() * t.element_size())
    return alias


def held():
    return f"{sum(n for ref, n in refs.values() if ref() is not None) / 2**20:.1f} MiB"


def forward():  # only the loss leaves this function: the graph holds everything else
    refs.clear()
    with saved_tensors_hooks(pack, lambda t: t):
        h = torch.tanh(torch.randn(1024, 256) @ w)
        return (h * h).sum()


loss = forward()
print("after forward:", held())
loss.backward()
print("after backward():", held())

loss = forward()
loss.backward(retain_graph=True)
print("after backward(retain_graph=True):", held())
del loss  # the last reference to the graph
print("after del loss:", held())
