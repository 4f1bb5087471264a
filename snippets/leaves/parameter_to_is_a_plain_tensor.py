# .to() on a Parameter converts it like any tensor that requires grad:
# the result is a plain Tensor, a non-leaf. Assigned in __init__, it is
# not registered: model.parameters() does not list it, so neither an
# optimizer nor model.to() ever sees it. Convert the data, then wrap.
import torch
from torch import nn


class Scale(nn.Module):
    def __init__(self, make_w):
        super().__init__()
        self.w = make_w()


cases = {
    "Parameter(t).double()": lambda: nn.Parameter(torch.ones(3)).double(),
    'Parameter(t).to("cpu")': lambda: nn.Parameter(torch.ones(3)).to("cpu"),
    "Parameter(t.double())": lambda: nn.Parameter(torch.ones(3).double()),
}
for name, make_w in cases.items():
    model = Scale(make_w)
    w = model.w
    print(f"{name}: {type(w).__name__}, is_leaf {w.is_leaf}")
    print("    parameters:", [n for n, _ in model.named_parameters()])
