# GradScaler multiplies the loss by a power of two (here 2**16) and unscale_()
# divides the gradients by it. Under bfloat16 autocast the unscaled gradients are
# exactly the gradients of the unscaled loss: powers of two change only exponents.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, target = torch.randn(16, 4), torch.randn(16, 1)
with torch.autocast("cpu", dtype=torch.bfloat16):
    loss = F.mse_loss(model(x), target)

loss.backward(retain_graph=True)
plain = [p.grad.clone() for p in model.parameters()]
model.zero_grad()

scaler = torch.amp.GradScaler("cpu", init_scale=2.0**16)
scaler.scale(loss).backward()
w = model[0].weight
print("scale:", scaler.get_scale())
print("scaled .grad == 2**16 * plain .grad:", torch.equal(w.grad, plain[0] * 2.0**16))
scaler.unscale_(optimizer)  # divides every .grad of this optimizer by the scale
unscaled = [p.grad for p in model.parameters()]
print("after unscale_, allclose to plain:", all(map(torch.allclose, unscaled, plain)))
print("after unscale_, bit-identical:    ", all(map(torch.equal, unscaled, plain)))
