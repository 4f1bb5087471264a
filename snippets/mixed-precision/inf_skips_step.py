# When the scaled gradients overflow, scaler.step() skips optimizer.step() and
# scaler.update() halves the scale. float16 autocast on CPU: the bias gradient is
# about -1.50, and 1.50 * 2**16 (the default scale) exceeds float16's max, 65504.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
scaler = torch.amp.GradScaler("cpu")  # init_scale=2**16 by default
x, target = torch.randn(8, 4), torch.full((8, 1), 0.75)

for it in range(3):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = F.mse_loss(model(x), target)
    scaler.scale(loss).backward()
    scale, before = scaler.get_scale(), model.weight.detach().clone()
    finite = all(p.grad.isfinite().all().item() for p in model.parameters())
    scaler.step(optimizer)  # unscales, checks for inf/NaN, steps only if none
    scaler.update()
    if it == 1:  # step() unscaled .grad in place; iteration 0 skipped, so same weights
        bias_grad = model.bias.grad.item()
    print(f"iteration {it}: scale {scale:.0f}, finite grads: {finite}, "
          f"stepped: {not torch.equal(before, model.weight)}, next scale {scaler.get_scale():.0f}")
print(f"bias gradient at iteration 1, i.e. at the weights of iteration 0: {bias_grad:.2f}")
