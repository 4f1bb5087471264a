# Test2 of the "Understanding gradients" post (see Sources): why does
# an L1 step not depend on the loss value?
# |y| has derivative sign(y), so d|2w - 1|/dw = 2 * sign(2w - 1) = +-2, whatever the
# loss. With lr = 1, SGD overshoots the minimum at w = 0.5 and bounces forever.
import torch
import torch.nn.functional as F

w = torch.tensor(1.0, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=1.0)
for step in range(4):
    optimizer.zero_grad()
    loss = F.l1_loss(2 * w - 1, torch.tensor(0.0))
    loss.backward()
    print(f"step {step}: w = {w.item():+.1f}, loss = {loss.item():.1f}, w.grad = {w.grad.item():+.1f}")
    optimizer.step()
