# retain_graph=True plus a loss tensor kept for logging: every iteration's saved
# tensors stay alive. Logging loss.item() (a Python float) lets each graph go.
import weakref

import torch
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
w = torch.randn(256, 256, requires_grad=True)
refs = []  # (weak reference to a saved tensor, its bytes)


def pack(t):
    alias = t.detach()
    refs.append((weakref.ref(alias), t.numel() * t.element_size()))
    return alias


def held():
    return f"{sum(n for ref, n in refs if ref() is not None) / 2**20:.0f} MiB"


for log_item in (False, True):
    refs.clear()
    history = []
    for step in range(3):
        with saved_tensors_hooks(pack, lambda t: t):
            loss = torch.tanh(torch.randn(1024, 256) @ w).sum()  # saves 2 MiB
        loss.backward(retain_graph=True)  # needless here: a single backward per graph
        history.append(loss.item() if log_item else loss)
    print(f"history of {'loss.item()' if log_item else 'loss tensors'}: {held()} still held")
