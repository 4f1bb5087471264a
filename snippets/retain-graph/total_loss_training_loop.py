# `total_loss += loss` in a training loop: the running total is a tensor
# whose graph reaches back into every iteration. Each backward() frees
# the saved tensors of its graph, but the nodes stay, one set per step.
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


def nodes(total):  # graph nodes reachable from the running total
    seen, stack = set(), [getattr(total, "grad_fn", None)]
    while stack:
        node = stack.pop()
        if node is not None and node not in seen:
            seen.add(node)
            stack.extend(fn for fn, _ in node.next_functions)
    return len(seen)


logs = {
    "loss": lambda loss: loss,
    "loss.item()": lambda loss: loss.item(),
    "loss.detach()": lambda loss: loss.detach(),
}
for name, log in logs.items():
    torch.manual_seed(0)
    w = torch.randn(64, 64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.01)
    saved.clear()
    total_loss, kept, alive = 0, [], []
    for step in range(4):
        x = torch.randn(4096, 64)
        with saved_tensors_hooks(pack, lambda t: t):
            loss = torch.tanh(x @ w).sum()  # saves x and tanh's output
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total_loss += log(loss)  # the line under test
        kept.append(nodes(total_loss))
        alive.append(saved_mib())
    grad_fn = getattr(total_loss, "grad_fn", None)
    grad_fn = grad_fn and type(grad_fn).__name__
    print(f"total_loss += {name}")
    print(f"  a {type(total_loss).__name__}, grad_fn: {grad_fn}")
    print("  graph nodes it keeps:", kept)
    print("  saved MiB alive:", alive)
