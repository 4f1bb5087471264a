# scaler.update() between the two optimizers' steps. Both losses were scaled by the
# SAME scale; if update() changes it in between, optimizer1's gradients are unscaled
# by the new one. Two ways the scale changes: growth (growth_interval=1 makes it grow
# at every update) and back-off after an overflow in optimizer0's gradients.
import torch
import torch.nn.functional as F
from torch import nn


def model1_gradient(update_in_between, overflow_in_model0):
    torch.manual_seed(0)
    model0, model1 = nn.Linear(4, 1), nn.Linear(4, 1)
    optimizer0 = torch.optim.SGD(model0.parameters(), lr=0.01)
    optimizer1 = torch.optim.SGD(model1.parameters(), lr=0.01)
    scaler = torch.amp.GradScaler("cpu", init_scale=2.0**16, growth_interval=1)
    x = torch.randn(16, 4)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        output0, output1 = model0(x), model1(x)
        loss0 = F.mse_loss(2 * output0 + 3 * output1, x.sum(dim=1, keepdim=True))
        loss1 = F.mse_loss(3 * output0 - 5 * output1, x.sum(dim=1, keepdim=True))
    scaler.scale(loss0).backward(retain_graph=True)
    scaler.scale(loss1).backward()
    if overflow_in_model0:
        model0.weight.grad[0, 0] = float("inf")  # as if float16 had overflowed
    scaler.step(optimizer0)
    if update_in_between:
        scaler.update()  # WRONG: changes the scale before optimizer1 unscales
    scaler.step(optimizer1)
    scaler.update()
    return model1.weight.grad


for overflow in (False, True):
    ratio = model1_gradient(True, overflow) / model1_gradient(False, overflow)
    case = "overflow in optimizer0, scale halved" if overflow else "no overflow, scale grown"
    print(f"{case}: optimizer1 used its gradient times {ratio.unique().tolist()}")
