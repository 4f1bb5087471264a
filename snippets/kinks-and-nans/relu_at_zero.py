# Six functions with a kink at 0, four of them spellings of
# relu. All agree on the value at x = 0 (it is 0), not on the
# gradient there: each backward formula picks its own
# number where the math has none.
import torch
import torch.nn.functional as F

zero = torch.tensor(0.0)  # a tensor, to pass to torch.maximum
spellings = {
    "relu(x)": torch.relu,
    "where(x > 0, x, 0)": lambda x: torch.where(x > 0, x, 0.0),
    "clamp(x, min=0)": lambda x: x.clamp(min=0),
    "maximum(x, zero)": lambda x: torch.maximum(x, zero),
    "leaky_relu(x, 0.25)": lambda x: F.leaky_relu(x, 0.25),
    "abs(x)": torch.abs,
}
for name, f in spellings.items():
    x = torch.tensor(0.0, requires_grad=True)
    y = f(x)
    y.backward()
    print(f"{name:20s} value {y.item()}  grad {x.grad.item()}")
