# The fix: make the unsafe branch safe for the elements it will
# not be used for. Replace them with a harmless input (1.0)
# BEFORE sqrt or log, then select as before. The branch's
# backward then sees finite numbers everywhere.
import torch


def where_positive(f, x):
    """f(x) where x > 0, and 0 elsewhere, with finite gradients."""
    pos = x > 0
    safe_x = torch.where(pos, x, 1.0)  # no 0, no negative left
    return torch.where(pos, f(safe_x), 0.0)


for f in [torch.sqrt, torch.log]:
    x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
    y = where_positive(f, x)
    y.sum().backward()
    values = [round(v, 4) for v in y.tolist()]
    print(f"{f.__name__:4s} y {values}  grad {x.grad.tolist()}")
