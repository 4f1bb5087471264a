# torch.autocast on CPU with bfloat16: the matrix products run in bfloat16, the loss
# is computed in float32, and the parameters and their .grad stay float32.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
x, target = torch.randn(16, 4), torch.randn(16, 1)

with torch.autocast("cpu", dtype=torch.bfloat16):
    out = model(x)  # Linear is on autocast's lower-precision list
    loss = F.mse_loss(out, target)  # mse_loss is on its float32 list
loss.backward()  # outside the autocast block, as recommended

print("output:", out.dtype)
print("loss:  ", loss.dtype)
print("weight:", model[0].weight.dtype, "| its .grad:", model[0].weight.grad.dtype)
