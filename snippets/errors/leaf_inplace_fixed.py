# Fix: update parameters under torch.no_grad(), as optimizers do by default.
# The update is not recorded, and w stays a leaf that requires grad.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
with torch.no_grad():
    w -= 0.25 * w.grad  # w - 0.25 * 2w = w / 2
w.grad = None  # reset for the next step
print("w:", w.tolist(), "| is_leaf:", w.is_leaf, "| requires_grad:", w.requires_grad)
