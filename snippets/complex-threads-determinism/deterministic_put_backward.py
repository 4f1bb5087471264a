# A CPU backward that deterministic mode refuses. put_ without
# accumulate has no deterministic kernel, and the backward of
# torch.put calls it. The flag is checked when a kernel runs: the
# forward below ran with the flag off, the backward runs with it on.
import torch

was_on = torch.are_deterministic_algorithms_enabled()
was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
x = torch.zeros(4, requires_grad=True)
y = torch.put(x, torch.tensor([0, 2]), torch.tensor([1.0, 2.0]))
print("forward done:", type(y.grad_fn).__name__)
try:
    torch.use_deterministic_algorithms(True)
    y.sum().backward()
finally:
    torch.use_deterministic_algorithms(was_on, warn_only=was_warn_only)
