# %% style
--8<-- "labs/_plot_style.py"

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
print("w_reg   final MSE   final CE   accuracy   regression share of trunk grad (mean)")
for w, (hist, acc) in runs.items():
    mean_share = sum(hist["share"]) / len(hist["share"])
    print(f"{w:<6}  {hist['reg'][-1]:9.3f}  {hist['cls'][-1]:9.3f}  {acc:9.2f}  {mean_share:10.2f}")

# %% plot
fig, (ax_loss, ax_share) = plt.subplots(1, 2, figsize=(8.0, 3.4))
for color, (w, (hist, _)) in zip(["#e8590c", "#1c7ed6", "#2f9e44"], runs.items()):
    ax_loss.plot(hist["reg"], color=color, label=f"MSE, w_reg={w}")
    ax_loss.plot(hist["cls"], color=color, ls="--", label=f"CE, w_reg={w}")
    ax_share.plot(hist["share"], color=color, label=f"w_reg={w}")
ax_loss.set_yscale("log")
ax_loss.set_xlabel("step")
ax_loss.set_ylabel("loss")
ax_loss.legend(fontsize=7, ncol=2)
ax_share.set_ylim(0, 1)
ax_share.axhline(0.5, color=INK, lw=0.5, ls=":")
ax_share.set_xlabel("step")
ax_share.set_ylabel("regression share of |trunk grad|")
ax_share.legend(fontsize=7)
fig.tight_layout()
plt.show()
