# %% setup
--8<-- "labs/_setup.py"

# %% data
# A shared trunk with a regression head and a classification head, trained on
# synthetic data. The regression target is large (a sum times 3), so its squared
# error and its gradient dwarf the cross-entropy unless the loss is weighted.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
N = 256
x = torch.randn(N, 8)
y_reg = 3.0 * x[:, :4].sum(dim=1, keepdim=True) + 0.1 * torch.randn(N, 1)
y_cls = (x[:, 4] + x[:, 5] > 0).long()  # which side of a line the point lies on


def make_model():
    torch.manual_seed(1)  # every weighting starts from the same weights
    trunk = nn.Sequential(nn.Linear(8, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh())
    return trunk, nn.Linear(32, 1), nn.Linear(32, 2)

# %% train
# One forward pass, one backward of the weighted sum per step. Before stepping, each
# head's own gradient on the trunk is measured with autograd.grad (retain_graph keeps
# the graph for the backward that follows); that does not touch .grad.
def train(w_reg, steps=300, lr=0.02):
    trunk, reg_head, cls_head = make_model()
    params = [*trunk.parameters(), *reg_head.parameters(), *cls_head.parameters()]
    opt = torch.optim.SGD(params, lr=lr)
    shared = list(trunk.parameters())
    history = {"reg": [], "cls": [], "share": []}
    for _ in range(steps):
        h = trunk(x)
        l_reg = F.mse_loss(reg_head(h), y_reg)
        l_cls = F.cross_entropy(cls_head(h), y_cls)
        g_reg = torch.autograd.grad(w_reg * l_reg, shared, retain_graph=True)
        g_cls = torch.autograd.grad(l_cls, shared, retain_graph=True)
        n_reg = torch.cat([g.flatten() for g in g_reg]).norm()
        n_cls = torch.cat([g.flatten() for g in g_cls]).norm()
        opt.zero_grad()
        (w_reg * l_reg + l_cls).backward()
        opt.step()
        history["reg"].append(l_reg.item())
        history["cls"].append(l_cls.item())
        history["share"].append((n_reg / (n_reg + n_cls)).item())
    accuracy = (cls_head(trunk(x)).argmax(dim=1) == y_cls).float().mean().item()
    return history, accuracy


weights = [1.0, 0.1, 0.01]
runs = {w: train(w) for w in weights}
# Columns: final losses, accuracy, and the regression head's mean share of the trunk
# gradient (narrow enough for a phone).
print("w_reg  final MSE  final CE   acc  share")
for w, (hist, acc) in runs.items():
    mean_share = sum(hist["share"]) / len(hist["share"])
    print(f"{w:<5}  {hist['reg'][-1]:9.3f}  {hist['cls'][-1]:8.3f}  {acc:4.2f}  {mean_share:5.2f}")

# %% plot
colors = ["#e8590c", "#1c7ed6", "#2f9e44"]
fig, ax = plt.subplots(figsize=(4.4, 3.6))
for color, (w, (hist, _)) in zip(colors, runs.items()):
    ax.plot(hist["reg"], color=color)
    ax.plot(hist["cls"], color=color, ls="--")
ax.set_yscale("log")
ax.set_xlabel(tr("step"))
ax.set_ylabel(tr("loss (log scale)"))
# Legend in two rows: colour = weight, line style = loss (columns fill top to bottom).
weight = [plt.Line2D([], [], color=c, label=f"w_reg = {w}") for c, w in zip(colors, runs)]
style = [plt.Line2D([], [], color=INK, label=tr("regression")),
         plt.Line2D([], [], color=INK, ls="--", label=tr("classification"))]
fig.legend(handles=[weight[0], style[0], weight[1], style[1], weight[2]], loc="outside lower center", ncols=3)
reg = [hist["reg"][-1] for hist, _ in runs.values()]
cls = [hist["cls"][-1] for hist, _ in runs.values()]
show(fig, alt=tr("Losses of the three runs over 300 steps, log scale. With w_reg = 1, 0.1 and "
                 "0.01 the regression loss ends at {0:.2f}, {1:.2f} and {2:.2f}, the "
                 "classification loss at {3:.2f}, {4:.2f} and {5:.2f}.").format(*reg, *cls))

fig, ax = plt.subplots(figsize=(4.4, 3.6))
for color, (w, (hist, _)) in zip(colors, runs.items()):
    ax.plot(hist["share"], color=color, label=f"w_reg = {w}")
ax.set_ylim(0, 1)
ax.axhline(0.5, color=INK, lw=0.5, ls=":")
ax.set_xlabel(tr("step"))
ax.set_ylabel(tr("regression share of |trunk grad|"))
fig.legend(loc="outside lower center", ncols=3)
mean = [sum(hist["share"]) / len(hist["share"]) for hist, _ in runs.values()]
show(fig, alt=tr("The regression head's share of the trunk gradient at each step, between 0 and "
                 "1. On average it is {0:.2f} with w_reg = 1, {1:.2f} with 0.1 and {2:.2f} with "
                 "0.01.").format(*mean))
