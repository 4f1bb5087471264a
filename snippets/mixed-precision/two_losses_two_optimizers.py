# The "multiple models, losses and optimizers" recipe of the official AMP examples,
# on CPU with bfloat16: ONE scaler, a scaled backward() per loss, a scaler.step()
# per optimizer, and ONE scaler.update() at the end of the iteration.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model0, model1 = nn.Linear(4, 1), nn.Linear(4, 1)
optimizer0 = torch.optim.SGD(model0.parameters(), lr=0.01)
optimizer1 = torch.optim.SGD(model1.parameters(), lr=0.01)
scaler = torch.amp.GradScaler("cpu")
x = torch.randn(16, 4)
target = x.sum(dim=1, keepdim=True)

for it in range(31):
    optimizer0.zero_grad()
    optimizer1.zero_grad()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        output0, output1 = model0(x), model1(x)
        loss0 = F.mse_loss(2 * output0 + 3 * output1, target)  # both losses use
        loss1 = F.mse_loss(3 * output0 - 5 * output1, target)  # both models
    scaler.scale(loss0).backward(retain_graph=True)  # the graph serves loss1 too
    scaler.scale(loss1).backward()
    scaler.unscale_(optimizer0)  # optional: real gradients, e.g. for clipping
    torch.nn.utils.clip_grad_norm_(model0.parameters(), max_norm=5.0)
    scaler.step(optimizer0)  # unscales optimizer1's gradients itself
    scaler.step(optimizer1)
    scaler.update()  # once, after every optimizer has stepped
    if it % 10 == 0:
        losses = f"loss0 = {loss0.item():.2f}, loss1 = {loss1.item():.2f}"
        print(f"iteration {it:2d}: {losses}, scale = {scaler.get_scale():.0f}")
