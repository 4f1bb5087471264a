# Two optimizers over disjoint parameters, one step between two backward() calls on
# ONE graph. It works because loss_b's backward() goes through head_b, the trunk and
# their saved tensors only: head_a, the only stepped module, is not on its path.
import torch
import torch.nn.functional as F
from torch import nn


def run(step_a_early):
    torch.manual_seed(0)
    trunk = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())
    head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 1)
    opt_a = torch.optim.SGD(head_a.parameters(), lr=0.1)
    opt_rest = torch.optim.SGD([*trunk.parameters(), *head_b.parameters()], lr=0.1)
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    h = trunk(x)
    loss_a, loss_b = F.mse_loss(head_a(h), y), F.l1_loss(head_b(h), y)
    loss_a.backward(retain_graph=True)
    if step_a_early:
        opt_a.step()  # head_a changes in place before loss_b's backward()
        print("head_a weight version before loss_b.backward():", head_a.weight._version)
    loss_b.backward()
    if not step_a_early:
        opt_a.step()
    opt_rest.step()
    return [*trunk.parameters(), *head_a.parameters(), *head_b.parameters()]


early, late = run(step_a_early=True), run(step_a_early=False)
print("same parameters as stepping after both backward() calls:",
      all(torch.allclose(p, q) for p, q in zip(early, late)))
