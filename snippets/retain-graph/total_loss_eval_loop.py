# The same line in an evaluation loop that forgets torch.no_grad(): no
# backward() frees the saved tensors, so total_loss keeps every batch's
# activations alive, and memory grows by a batch's worth each step.
import weakref

import torch
from torch.autograd.graph import saved_tensors_hooks

saved = []  # (weak reference to a saved tensor, its storage, its bytes)


def pack(t):
    alias = t.detach()
    storage = t.untyped_storage()
    saved.append((weakref.ref(alias), storage.data_ptr(), storage.nbytes()))
    return alias


def saved_mib():  # saved tensors alive, each storage counted once
    alive = {ptr: n for ref, ptr, n in saved if ref() is not None}
    return round(sum(alive.values()) / 2**20)


def evaluate(log, record_graph=True):
    torch.manual_seed(0)
    w = torch.randn(64, 64, requires_grad=True)
    saved.clear()
    total_loss, alive = 0, []
    with torch.set_grad_enabled(record_graph):
        for step in range(4):
            x = torch.randn(4096, 64)  # a fresh batch, as from a loader
            with saved_tensors_hooks(pack, lambda t: t):
                loss = torch.tanh(x @ w).sum()  # saves x and tanh's output
            total_loss += log(loss)
            alive.append(saved_mib())
    return alive


print("saved MiB alive after each batch")
print("  total_loss += loss:", evaluate(lambda loss: loss))
print("  total_loss += loss.item():", evaluate(lambda loss: loss.item()))
print("  += loss, under torch.no_grad():", evaluate(lambda loss: loss, False))
