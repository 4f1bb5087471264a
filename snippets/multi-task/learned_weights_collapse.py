# Loss weights as plain learnable parameters, trained by the same
# optimizer as the model: the total loss w_reg*L_reg + w_cls*L_cls
# has dTotal/dw_i = L_i >= 0, so a step of plain SGD or Adam (no
# weight decay) never raises a weight.
import torch
import torch.nn.functional as F
from torch import nn


def train(opt_class, lr, steps, log_every):
    torch.manual_seed(0)
    trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
    reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)
    a_true, b_true = torch.randn(16, 1) / 4, torch.randn(16, 3)
    w = nn.Parameter(torch.ones(2))  # [w_reg, w_cls], learned
    params = [*trunk.parameters(), *reg_head.parameters(),
              *cls_head.parameters()]
    opt = opt_class(params + [w], lr=lr)
    rose = False
    for step in range(steps + 1):
        x = torch.randn(32, 16)  # a new batch every step
        y_reg = x @ a_true + torch.randn(32, 1)
        y_cls = (x @ b_true + torch.randn(32, 3)).argmax(dim=1)
        h = trunk(x)
        l_reg = F.mse_loss(reg_head(h), y_reg)
        l_cls = F.cross_entropy(cls_head(h), y_cls)
        total = w[0] * l_reg + w[1] * l_cls
        opt.zero_grad()
        total.backward()
        if step == 0:  # the gradient of each weight IS its loss
            first = w.grad.clone(), torch.stack([l_reg, l_cls]).detach()
        if step % log_every == 0:  # log floats (.item()), not tensors
            print(f"{step:4} {w[0].item():6.2f} {w[1].item():6.2f} "
                  f"{l_reg.item():9.4g} {l_cls.item():7.4g} "
                  f"{total.item():10.4g}")
        before = w.detach().clone()
        opt.step()
        rose |= bool((w.detach() > before).any())  # False for nan
    return first, rose


print("SGD(lr=0.05)\nstep  w_reg  w_cls     L_reg   L_cls      total")
(grad, losses), rose = train(torch.optim.SGD, 0.05, 35, log_every=5)
print("a weight rose at some step:", rose)
print("step 0: w.grad       =", [round(g, 4) for g in grad.tolist()])
print("        L_reg, L_cls =", [round(v, 4) for v in losses.tolist()])
print("        equal, bit for bit:", torch.equal(grad, losses))
print("Adam(lr=0.01)\nstep  w_reg  w_cls     L_reg   L_cls      total")
_, rose = train(torch.optim.Adam, 0.01, 200, log_every=50)
print("a weight rose at some step:", rose)
