# Gradient accumulation with a scaler: scale every micro-batch loss and call
# backward(); unscale, step and update once per K micro-batches, so that all the
# micro-batches of one big batch are scaled by the same factor.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
data = [(torch.randn(16, 4), torch.randn(16, 1)) for _ in range(2)]  # two batches of 16
K = 4  # micro-batches of 4 per batch


def loss_of(x, target):
    with torch.autocast("cpu", dtype=torch.bfloat16):
        return F.mse_loss(model(x), target)


optimizer.zero_grad()
for step, (x, target) in enumerate(data):
    for xb, tb in zip(x.chunk(K), target.chunk(K)):
        scaler.scale(loss_of(xb, tb) / K).backward()  # /K: mean over the big batch
    one_batch = torch.autograd.grad(loss_of(x, target), list(model.parameters()))  # .grad untouched
    scaler.unscale_(optimizer)  # only to compare; step() would unscale anyway
    grads = [p.grad for p in model.parameters()]
    worst = max(((a - b).norm() / b.norm()).item() for a, b in zip(grads, one_batch))
    scaler.step(optimizer)
    scaler.update()  # once per big batch, after the step
    optimizer.zero_grad()
    print(f"step {step}: {K} micro-batches vs one batch of 16, "
          f"relative difference below 1%: {worst < 0.01}")
