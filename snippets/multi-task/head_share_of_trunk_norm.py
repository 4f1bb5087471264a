# How much of the trunk's gradient each head contributes, for two fixed weightings.
# The regression target is on a large scale (think prices), so its MSE and its
# gradient are large: with equal weights, it drowns the classification head.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)
x, y_cls = torch.randn(32, 16), torch.randint(0, 3, (32,))
y_reg = 50 * torch.randn(32, 1)

h = trunk(x)
loss_reg, loss_cls = F.mse_loss(reg_head(h), y_reg), F.cross_entropy(cls_head(h), y_cls)
print(f"loss_reg = {loss_reg.item():.1f}, loss_cls = {loss_cls.item():.2f}")


def trunk_grad(loss):  # the trunk gradient of one loss, flattened into one vector
    grads = torch.autograd.grad(loss, list(trunk.parameters()), retain_graph=True)
    return torch.cat([g.flatten() for g in grads])


g_reg, g_cls = trunk_grad(loss_reg), trunk_grad(loss_cls)
loss_ratio, grad_ratio = loss_reg / loss_cls, g_reg.norm() / g_cls.norm()
print(f"loss ratio reg/cls = {loss_ratio:.0f}, trunk gradient norm ratio = {grad_ratio:.0f}")
for w_reg, w_cls in [(1.0, 1.0), (0.01, 1.0)]:
    n_reg, n_cls = (w_reg * g_reg).norm(), (w_cls * g_cls).norm()
    share = n_reg / (n_reg + n_cls)
    print(f"weights ({w_reg}, {w_cls}): regression {share:.1%}, classification {1 - share:.1%}")
