# The same two optimizers, but opt_a now also owns the bias of the trunk's second
# layer. A bias is saved by no node (its gradient needs no tensor of the forward
# pass), so stepping opt_a early raises nothing. But loss_b's backward() still SENDS
# a gradient to that bias, and it arrives after opt_a has stepped: the update misses
# it, and the bias ends up elsewhere than if opt_a had stepped after both calls.
import torch
import torch.nn.functional as F
from torch import nn


def run(step_a_early):
    torch.manual_seed(0)
    trunk = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())
    head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 1)
    bias = trunk[2].bias
    opt_a = torch.optim.SGD([*head_a.parameters(), bias], lr=0.1)
    rest = [p for p in [*trunk.parameters(), *head_b.parameters()] if p is not bias]
    opt_rest = torch.optim.SGD(rest, lr=0.1)
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    h = trunk(x)
    loss_a, loss_b = F.mse_loss(head_a(h), y), F.l1_loss(head_b(h), y)
    loss_a.backward(retain_graph=True)
    if step_a_early:
        opt_a.step()  # bias updated with loss_a's gradient only
    loss_b.backward()  # no error: nothing saved was changed, yet bias.grad grows
    if not step_a_early:
        opt_a.step()
    opt_rest.step()
    model = nn.ModuleDict({"trunk": trunk, "head_a": head_a, "head_b": head_b})
    return dict(model.named_parameters())


early, late = run(step_a_early=True), run(step_a_early=False)
print("loss_b.backward() after opt_a.step(): no error")
differ = [name for name in early if not torch.equal(early[name], late[name])]
print("parameters that differ from stepping after both calls:", differ)
for name in differ:
    print(f"{name}: off by up to {(early[name] - late[name]).abs().max().item():.4f}")
