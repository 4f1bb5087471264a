# Other tensors a training loop keeps past the step: a list of losses,
# the outputs kept for a metric, and a loss whose graph was retained.
# Each keeps its iteration's graph; retain_graph keeps its saved tensors.
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


def nodes(tensors):  # graph nodes reachable from the kept tensors
    seen, stack = set(), [t.grad_fn for t in tensors]
    while stack:
        node = stack.pop()
        if node is not None and node not in seen:
            seen.add(node)
            stack.extend(fn for fn, _ in node.next_functions)
    return len(seen)


def train(keep, retain_graph=False):
    torch.manual_seed(0)
    w = torch.randn(64, 64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.01)
    saved.clear()
    history, kept, alive = [], [], []
    for step in range(4):
        x = torch.randn(4096, 64)
        with saved_tensors_hooks(pack, lambda t: t):
            out = torch.tanh(x @ w)  # the model's output
            loss = out.sum()
        optimizer.zero_grad()
        loss.backward(retain_graph=retain_graph)
        optimizer.step()
        history.append(keep(loss, out))  # the line under test
        tensors = [t for t in history if isinstance(t, torch.Tensor)]
        kept.append(nodes(tensors))
        alive.append(saved_mib())
    print(f"  nodes {kept}, saved MiB {alive}")


print("losses.append(loss)")
train(lambda loss, out: loss)
print("outputs.append(out)")
train(lambda loss, out: out)
print("losses.append(loss), retain_graph=True")
train(lambda loss, out: loss, retain_graph=True)
print("outputs.append(out.detach()), retain_graph=True")
train(lambda loss, out: out.detach(), retain_graph=True)
