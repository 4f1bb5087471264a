# warn_only=True turns the error into a warning: the nondeterministic
# kernel runs, and you get a list of what would have failed.
import warnings

import torch

was_on = torch.are_deterministic_algorithms_enabled()
was_warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
x = torch.zeros(4, requires_grad=True)
y = torch.put(x, torch.tensor([0, 2]), torch.tensor([1.0, 2.0]))
try:
    torch.use_deterministic_algorithms(True, warn_only=True)
    print("debug mode:", torch.get_deterministic_debug_mode())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y.sum().backward()
finally:
    torch.use_deterministic_algorithms(was_on, warn_only=was_warn_only)
print("x.grad:", x.grad.tolist())
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
