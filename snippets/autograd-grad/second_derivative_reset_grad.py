# If you insist on .grad: keep dy/dx in a variable, reset x.grad to
# None, then call backward() on the variable. Only a reset to None
# is safe: the variable IS x.grad, so a reset that zeroes or detaches
# x.grad in place changes the tensor you are about to differentiate.
# y = x^3 at x = 3: the right answer is d2y/dx2 = 6x = 18.
import warnings

import torch

warnings.simplefilter("ignore")  # the cycle warning is shown above


def no_grad_zero(x, opt):
    with torch.no_grad():
        x.grad.zero_()


resets = {
    "x.grad = None": lambda x, opt: setattr(x, "grad", None),
    "opt.zero_grad()": lambda x, opt: opt.zero_grad(),
    "x.grad.zero_()": lambda x, opt: x.grad.zero_(),
    "x.grad.zero_() under no_grad": no_grad_zero,
    "opt.zero_grad(set_to_none=False)":
        lambda x, opt: opt.zero_grad(set_to_none=False),
}
for name, reset in resets.items():
    x = torch.tensor(3.0, requires_grad=True)
    opt = torch.optim.SGD([x], lr=0.1)
    (x**3).backward(create_graph=True)
    g = x.grad  # dy/dx = 27, with a graph
    reset(x, opt)
    print(name)
    try:
        g.backward()
    except RuntimeError as err:
        print("  RuntimeError:", err)
        continue
    graph = x.grad.grad_fn is not None
    print(f"  x.grad = {x.grad.item()}, holds a graph: {graph}")
