# round, floor, ceil and sign are flat between their jumps, and
# their backward returns 0 everywhere, at the jumps too. The
# graph is intact (there is a grad_fn); only the numbers are 0.
import torch

pts = [-1.5, -0.5, 0.0, 0.4, 0.5, 2.75]
for name in ["round", "floor", "ceil", "sign"]:
    x = torch.tensor(pts, requires_grad=True)
    y = getattr(torch, name)(x)
    y.sum().backward()
    print(f"{name:5s} {type(y.grad_fn).__name__:15s}", x.grad.tolist())

# The straight-through estimator: the value of round(x), the
# gradient of x (the identity), because the rounding error is
# added as a constant.
x = torch.tensor(pts, requires_grad=True)
y = x + (x.round() - x).detach()
y.sum().backward()
print("x:       ", pts)
print("STE value:", y.tolist())
print("STE grad: ", x.grad.tolist())
