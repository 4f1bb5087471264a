# scaler.update() after a micro-batch, without a scaler.step() since the last
# update: the scaler has no inf check to base the new scale on, and refuses.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
scaler = torch.amp.GradScaler("cpu")
with torch.autocast("cpu", dtype=torch.bfloat16):
    loss = model(torch.randn(4, 4)).pow(2).mean()
scaler.scale(loss).backward()  # first micro-batch
scaler.update()  # too early: no step has checked the gradients yet
