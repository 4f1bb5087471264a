# Under float16 autocast, scaling is not a no-op: it is what keeps small gradients
# alive. Here the gradient that flows back into the float16 layers is at most 3e-9,
# below float16's smallest subnormal (6e-8): without scaling it becomes 0, and so does
# every parameter's gradient. Scaled by 2**16 it survives, and unscale_ brings the
# gradients back close to the float32 ones, though not bit for bit.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(16, 4), torch.randn(16, 1)
params = list(model.parameters())
n = sum(p.numel() for p in params)

reference = torch.autograd.grad(1e-8 * F.mse_loss(model(x), target), params)  # float32
with torch.autocast("cpu", dtype=torch.float16):
    loss = 1e-8 * F.mse_loss(model(x), target)  # a tiny loss: tiny gradients

loss.backward(retain_graph=True)
plain = [p.grad.clone() for p in params]
model.zero_grad()
scaler = torch.amp.GradScaler("cpu", init_scale=2.0**16)
scaler.scale(loss).backward()
scaler.unscale_(optimizer)
unscaled = [p.grad for p in params]


def zeros(grads):
    return sum(int((g == 0).sum()) for g in grads)


print(f"gradient entries that are 0, without scaling: {zeros(plain)} of {n}")
print(f"gradient entries that are 0, scaled, then unscale_: {zeros(unscaled)} of {n}")
error = max(float((g - r).norm() / r.norm()) for g, r in zip(unscaled, reference))
print("unscaled within 1% of the float32 gradients (relative norm):", error < 0.01)
print("bit-identical to the gradients without scaling:", all(map(torch.equal, unscaled, plain)))
