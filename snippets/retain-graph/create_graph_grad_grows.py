# backward(create_graph=True) stores in w.grad a gradient with a graph of
# its own. Unless the step drops or detaches it, the next backward() adds
# to it, and the new .grad's graph reaches back into every earlier step.
import warnings
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


def nodes(t):  # graph nodes reachable from t
    seen, stack = set(), [t.grad_fn]
    while stack:
        node = stack.pop()
        if node is not None and node not in seen:
            seen.add(node)
            stack.extend(fn for fn, _ in node.next_functions)
    return len(seen)


def zero_under_no_grad():
    with torch.no_grad():
        if w.grad is not None:
            w.grad.zero_()


resets = {  # what each step does first with the previous gradient
    "no reset": lambda: None,
    "w.grad.zero_()": lambda: w.grad is None or w.grad.zero_(),
    "w.grad.zero_() under no_grad": zero_under_no_grad,
    "optimizer.zero_grad()": lambda: optimizer.zero_grad(),
    "zero_grad(set_to_none=False)": (
        lambda: optimizer.zero_grad(set_to_none=False)
    ),
}
for name, reset in resets.items():
    torch.manual_seed(0)
    w = torch.randn(64, 64, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.01)
    saved.clear()
    kept, alive = [], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the reference-cycle warning
        for step in range(4):
            reset()
            x = torch.randn(4096, 64)
            with saved_tensors_hooks(pack, lambda t: t):
                loss = torch.tanh(x @ w).sum()
                loss.backward(create_graph=True)
            optimizer.step()
            kept.append(nodes(w.grad))
            alive.append(saved_mib())
    print(name)
    print("  nodes in w.grad's graph:", kept)
    print("  saved MiB alive:", alive)
    del loss
    w.grad = None  # breaks the cycle w -> w.grad -> graph -> w
    print("  after del loss, w.grad = None:", saved_mib())
