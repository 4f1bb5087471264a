# What does a compiled function save for backward? saved_tensors_hooks
# see each tensor that autograd saves, in eager mode and compiled.
import torch
from torch.autograd.graph import saved_tensors_hooks

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)


def f(x):
    return (x @ w).sin().cos().sum()


h = (x @ w).detach()  # to recognise the saved tensors by value
known = {"x": x, "x.T": x.T, "h": h, "sin(h)": h.sin()}


def name(t):
    return next(k for k, v in known.items()
                if v.shape == t.shape and torch.equal(v, t))


compiled = torch.compile(f, backend="aot_eager")
grads = []
for mode, fn in ("eager", f), ("compiled", compiled):
    packed, unpacked = [], []
    with saved_tensors_hooks(lambda t: packed.append(name(t)) or t,
                             lambda t: unpacked.append(name(t)) or t):
        loss = fn(x)
    print(f"{mode}: packed {packed}")
    loss.backward()
    print(f"  unpacked in backward: {len(unpacked)}")
    grads.append(w.grad)
    w.grad = None
print("same gradient:", torch.equal(*grads))
