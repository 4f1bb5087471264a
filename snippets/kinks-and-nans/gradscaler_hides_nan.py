# GradScaler skips a step whose gradients hold inf or nan, and
# halves its scale. Meant for float16 overflow, it also catches a
# nan that comes back every step: the loss looks normal, the
# weight never moves, and the scale falls by half each time.
import torch

w = torch.nn.Parameter(torch.tensor(1.0))
optimizer = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler("cpu")  # float32 here, no autocast
data = torch.tensor([-1.0, 4.0])

for step in range(3):
    optimizer.zero_grad()
    z = w * data
    loss = torch.where(z > 0, torch.sqrt(z), 0.0).sum()  # the trap
    scaler.scale(loss).backward()
    scaler.step(optimizer)  # skipped: w.grad is nan
    scaler.update()
    print(f"step {step}: loss {loss.item()}  w {w.item()}"
          f"  next scale {scaler.get_scale():.0f}")
