# One backward() on the sum gives the same gradient as one call per loss.
# The "Understanding gradients" post (see Sources): test5 (two branches)
# gives 60 and w = -59; test6 (two losses on the SAME branch y2)
# gives 88 and w = -87.
import torch
import torch.nn.functional as F


def step(loss_fn):
    w = torch.tensor(1.0, requires_grad=True)
    y1 = 2 * w + 1
    y2, y3 = 2 * y1, -1 * y1
    loss = loss_fn(y2, y3)
    loss.backward()  # one call, no retain_graph needed
    grad = w.grad.item()
    torch.optim.SGD([w], lr=1.0).step()
    return loss.item(), grad, w.item()


two_branches = lambda y2, y3: F.mse_loss(y2, torch.tensor(0.0)) + F.mse_loss(y3, torch.tensor(0.0))
one_branch = lambda y2, y3: F.mse_loss(y2, torch.tensor(0.0)) + F.mse_loss(y2, torch.tensor(1.0))

for name, fn in [("two branches", two_branches), ("one branch, two targets", one_branch)]:
    loss, grad, w = step(fn)
    print(f"{name}: loss = {loss}, w.grad = {grad}, w after step = {w}")
