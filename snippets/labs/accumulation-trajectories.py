# %% style
--8<-- "labs/_plot_style.py"

# %% setup
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
print("BatchNorm:    trajectories equal up to rounding:", torch.allclose(*bn, atol=1e-5))
gap = (bn[0] - bn[1]).norm(dim=1)
print(f"BatchNorm: distance between the two after 1, 10, 60 steps: "
      f"{gap[0]:.3f}, {gap[9]:.3f}, {gap[-1]:.3f}")

# %% plot
fig, axes = plt.subplots(1, 2, figsize=(8.0, 3.6), sharex=True, sharey=True)
for ax, (big, acc), title in zip(axes, [plain, bn], ["without BatchNorm", "with BatchNorm"]):
    ax.plot(big[:, 0], big[:, 1], "-", lw=2.5, alpha=0.5, label="batch of 32")
    ax.plot(acc[:, 0], acc[:, 1], "-", lw=1, label="4 micro-batches of 8, loss / 4")
    ax.plot(big[0, 0], big[0, 1], "o", color=INK, ms=4)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("weight[0, 0]")
axes[0].set_ylabel("weight[0, 1]")
axes[0].legend(fontsize=8)
fig.tight_layout()
plt.show()
