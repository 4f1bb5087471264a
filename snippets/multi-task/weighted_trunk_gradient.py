# Fixed loss weights: the trunk gradient of w_reg * L_reg + w_cls * L_cls is
# w_reg * g_reg + w_cls * g_cls, where g_i is the trunk gradient of loss i alone.
# A head's own parameters see only their own loss, scaled by its weight.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)
x, y_reg, y_cls = torch.randn(8, 16), torch.randn(8, 1), torch.randint(0, 3, (8,))
w_reg, w_cls = 0.3, 2.0

h = trunk(x)
loss_reg, loss_cls = F.mse_loss(reg_head(h), y_reg), F.cross_entropy(cls_head(h), y_cls)
shared = list(trunk.parameters())
# Per-head gradients, returned instead of accumulated into .grad (g_reg also covers reg_head).
g_reg = torch.autograd.grad(loss_reg, shared + list(reg_head.parameters()), retain_graph=True)
g_cls = torch.autograd.grad(loss_cls, shared, retain_graph=True)

(w_reg * loss_reg + w_cls * loss_cls).backward()
trunk_ok = all(
    torch.allclose(p.grad, w_reg * a + w_cls * b) for p, a, b in zip(shared, g_reg, g_cls)
)
print("trunk grad == w_reg * g_reg + w_cls * g_cls:", trunk_ok)
head_ok = all(
    torch.allclose(p.grad, w_reg * g) for p, g in zip(reg_head.parameters(), g_reg[len(shared) :])
)
print("reg_head grad == w_reg * its own gradient:  ", head_ok)
