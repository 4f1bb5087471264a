# %% setup
--8<-- "labs/_setup.py"

# %% model
# Train the same model twice from the same weights: one batch of 32 per step, or four
# micro-batches of 8 whose losses are divided by 4 and accumulated before the step.
import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x, y = torch.randn(32, 4), torch.randn(32, 1)


def train(model, micro_batches, steps=60, lr=0.1):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    path = []
    for _ in range(steps):
        opt.zero_grad()
        for xb, yb in zip(x.chunk(micro_batches), y.chunk(micro_batches)):
            (F.mse_loss(model(xb), yb) / micro_batches).backward()
        opt.step()
        path.append(model[-1].weight[0, :2].detach().clone())  # two weights to plot
    return torch.stack(path)


def compare(make):
    torch.manual_seed(1)
    model = make()
    big = train(copy.deepcopy(model), micro_batches=1)
    acc = train(copy.deepcopy(model), micro_batches=4)
    return big, acc

# %% without-batchnorm
plain = compare(lambda: nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1)))
print("no BatchNorm: trajectories equal up to rounding:", torch.allclose(*plain, atol=1e-5))

# %% with-batchnorm
bn = compare(lambda: nn.Sequential(nn.Linear(4, 16), nn.BatchNorm1d(16), nn.Tanh(), nn.Linear(16, 1)))
print("BatchNorm: trajectories equal up to rounding:", torch.allclose(*bn, atol=1e-5))
gap = (bn[0] - bn[1]).norm(dim=1)
print(f"BatchNorm: distance between the two after 1, 10, 60 steps: "
      f"{gap[0]:.3f}, {gap[9]:.3f}, {gap[-1]:.3f}")

# %% plot
alts = {
    "plain": tr("Path of two weights over 60 steps without BatchNorm: the batch of 32 and the "
                "4 micro-batches of 8 draw one path, equal up to rounding at every step."),
    "bn": tr("Path of two weights over 60 steps with BatchNorm: the batch of 32 and the 4 "
             "micro-batches of 8 start together and drift apart, {gap:.3f} apart after 60 steps."),
}
for name, (big, acc), title in [("plain", plain, tr("without BatchNorm")), ("bn", bn, tr("with BatchNorm"))]:
    fig, ax = plt.subplots(figsize=(4.4, 3.9))
    ax.plot(big[:, 0], big[:, 1], "-", lw=2.5, alpha=0.5, label=tr("batch of 32"))
    ax.plot(acc[:, 0], acc[:, 1], "-", lw=1, label=tr("4 micro-batches of 8, loss / 4"))
    ax.plot(big[0, 0], big[0, 1], "o", color=INK, ms=4)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("weight[0, 0]")
    ax.set_ylabel("weight[0, 1]")
    fig.legend(loc="outside lower center", ncols=1)
    show(fig, alt=alts[name].format(gap=(big[-1] - acc[-1]).norm().item()))
