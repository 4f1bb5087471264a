# torch.where picks values, but the graph holds both branches.
# sqrt runs on every element, and its backward runs on every
# element too: where sends it 0 for the elements not taken, and
# 0 / (2 * sqrt(x)) is nan where sqrt(x) is nan (x = -1) or 0
# (x = 0).
import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
root = torch.sqrt(x)  # [nan, 0, 2]: computed for all three
y = torch.where(x > 0, root, 0.0)
print("y:", y.tolist())  # the forward pass looks fine
loss = y.sum()
loss.backward()
print("x.grad:", x.grad.tolist())  # [0, 0, 0.25] expected

# Masking by multiplication or masked_fill: the same trap.
for name, mask_it in [
    ("root * (x > 0)", lambda r, x: r * (x > 0)),
    ("masked_fill", lambda r, x: r.masked_fill(x <= 0, 0.0)),
]:
    x2 = x.detach().clone().requires_grad_()
    mask_it(x2.sqrt(), x2).sum().backward()
    print(f"{name}: grad {x2.grad.tolist()}")

# graph: loss
