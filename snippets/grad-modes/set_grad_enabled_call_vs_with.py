# torch.set_grad_enabled(False) switches the mode as soon as it is
# called. In a `with` statement the previous mode comes back when the
# block is left, by return or by exception; a plain call stays in force
# after the function that made it has returned. (torch.no_grad() called
# without `with` does nothing at all.)
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3)
print("same object:", torch.set_grad_enabled is torch.autograd.set_grad_enabled)


def predict_scoped(x):
    with torch.set_grad_enabled(False):
        return model(x)  # the mode is restored on the way out


def predict_plain(x):
    torch.set_grad_enabled(False)  # never switched back
    return model(x)


def fail_scoped(x):
    with torch.set_grad_enabled(False):
        raise ValueError("bad batch")


torch.no_grad()
print("after a plain no_grad():", torch.is_grad_enabled())
predict_scoped(x)
print("after predict_scoped: ", torch.is_grad_enabled())
try:
    fail_scoped(x)
except ValueError:
    print("after fail_scoped:    ", torch.is_grad_enabled())
predict_plain(x)
print("after predict_plain:  ", torch.is_grad_enabled())
loss = model(x).sum()  # the next training step records nothing
print("next loss.grad_fn:", loss.grad_fn)
torch.set_grad_enabled(True)  # undo the plain call
