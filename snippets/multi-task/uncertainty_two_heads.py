# Uncertainty weighting in a real (tiny) two-head run: the trunk, the
# heads and s = log(sigma^2) of each task are trained by ONE Adam
# optimizer on exp(-s_reg)*L_reg + s_reg + exp(-s_cls)*L_cls + s_cls.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)
a_true, b_true = torch.randn(16, 1), torch.randn(16, 3)
s = nn.Parameter(torch.zeros(2))  # [s_reg, s_cls]: weights start at 1
params = [*trunk.parameters(), *reg_head.parameters(),
          *cls_head.parameters()]
opt = torch.optim.Adam(params + [s], lr=0.05)


def batch(n=64):  # noisy targets: neither loss can reach zero
    x = torch.randn(n, 16)
    y_reg = 3 * (x @ a_true + torch.randn(n, 1))
    y_cls = (x @ b_true + 2 * torch.randn(n, 3)).argmax(dim=1)
    return x, y_reg, y_cls


def losses(x, y_reg, y_cls):
    h = trunk(x)
    return torch.stack([F.mse_loss(reg_head(h), y_reg),
                        F.cross_entropy(cls_head(h), y_cls)])


recent = []  # floats for logging, not loss tensors
print("step  exp(-s_reg)  1/L_reg  exp(-s_cls)  1/L_cls")
for step in range(1, 801):
    loss = losses(*batch())
    total = (torch.exp(-s) * loss + s).sum()
    opt.zero_grad()
    total.backward()
    opt.step()
    recent = (recent + [loss.tolist()])[-50:]
    if step in (1, 100, 200, 400, 800):  # L: mean of the last 50 steps
        w = torch.exp(-s.detach())
        inv = 1 / torch.tensor(recent).mean(dim=0)
        print(f"{step:4} {w[0]:12.4f} {inv[0]:8.4f} "
              f"{w[1]:12.4f} {inv[1]:8.4f}")
