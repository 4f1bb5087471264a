# The optimizer step inside backward: each parameter is updated, and
# its gradient freed, as soon as its .grad is complete. Same result
# as step() after backward(), but at most one gradient exists at a
# time instead of all of them.
import torch
from torch import nn


def make_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))


torch.manual_seed(1)
xs, ys = torch.randn(3, 16, 4), torch.randn(3, 16, 1)

# The usual loop: backward() fills every .grad, then one step.
ref = make_model()
opt = torch.optim.Adam(ref.parameters(), lr=0.1)
for x, y in zip(xs, ys):
    nn.functional.mse_loss(ref(x), y).backward()
    alive = sum(p.grad is not None for p in ref.parameters())
    opt.step()
    opt.zero_grad()
print("usual loop, grads alive at step:", alive)

# One optimizer per parameter, stepped from its hook.
model = make_model()
opts = {p: torch.optim.Adam([p], lr=0.1) for p in model.parameters()}
alive = []


def step_now(param):
    alive.append(sum(p.grad is not None for p in model.parameters()))
    opts[param].step()
    opts[param].zero_grad()  # .grad = None: memory back at once


handles = [
    p.register_post_accumulate_grad_hook(step_now)
    for p in model.parameters()
]
for x, y in zip(xs, ys):
    nn.functional.mse_loss(model(x), y).backward()  # no step() here
print("steps taken in hooks:", len(alive))
print("most grads alive at a step:", max(alive))
same = all(
    torch.equal(a, b) for a, b in zip(ref.parameters(), model.parameters())
)
print("same parameters after 3 steps:", same)
for handle in handles:
    handle.remove()
