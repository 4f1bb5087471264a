# torch.use_deterministic_algorithms(True) on CPU: the backward passes
# that scatter-add gradients run, twice, to bitwise equal results.
# The flag is process-wide: restore it, and its warn_only part.
import threading

import torch

torch.manual_seed(0)
was_on = torch.are_deterministic_algorithms_enabled()
was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
x = torch.randn(1000, requires_grad=True)
idx = torch.randint(0, 1000, (5000,))  # with repeated indices
ops = {  # each backward adds many gradients into the same slots
    "x[idx]": lambda: x[idx],
    "index_select": lambda: x.index_select(0, idx),
    "gather": lambda: x.gather(0, idx),
    "take": lambda: torch.take(x, idx),
}
try:
    torch.use_deterministic_algorithms(True)
    print("enabled:", torch.are_deterministic_algorithms_enabled())
    print("debug mode:", torch.get_deterministic_debug_mode())
    seen = []
    t = threading.Thread(target=lambda: seen.append(
        torch.are_deterministic_algorithms_enabled()))
    t.start()
    t.join()
    print("enabled in a new thread too:", seen[0])
    # It also fills new uninitialized memory (torch.empty) with NaN.
    print("torch.empty is NaN:", bool(torch.empty(3).isnan().all()))
    for name, op in ops.items():
        y = op()
        w = torch.randn(y.shape)
        g1, = torch.autograd.grad(y, x, w)
        g2, = torch.autograd.grad(op(), x, w)
        node, same = type(y.grad_fn).__name__, torch.equal(g1, g2)
        print(f"{name:12s} {node:20s} bitwise equal: {same}")
finally:
    torch.use_deterministic_algorithms(was_on, warn_only=was_warn_only)
now = torch.are_deterministic_algorithms_enabled()
print("restored:", now == was_on)
