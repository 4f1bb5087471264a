# A shared trunk with two heads: one backward() on the summed loss gives the same
# gradients as one backward() per head (the first one with retain_graph=True).
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)  # regression, 3-class
model = nn.ModuleDict({"trunk": trunk, "reg_head": reg_head, "cls_head": cls_head})
x, y_reg, y_cls = torch.randn(8, 16), torch.randn(8, 1), torch.randint(0, 3, (8,))


def losses():
    h = trunk(x)  # computed once, used by both heads
    return F.mse_loss(reg_head(h), y_reg), F.cross_entropy(cls_head(h), y_cls)


loss_reg, loss_cls = losses()
loss_reg.backward(retain_graph=True)  # the trunk's saved tensors are needed again
loss_cls.backward()
per_head = {name: p.grad.clone() for name, p in model.named_parameters()}

model.zero_grad()
loss_reg, loss_cls = losses()
(loss_reg + loss_cls).backward()  # one call, nothing retained
for name, p in model.named_parameters():
    print(f"{name:<17} allclose: {torch.allclose(p.grad, per_head[name])}")
