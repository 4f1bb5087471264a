# The fix: do the update under torch.no_grad(). Nothing is recorded, w stays a
# leaf that requires grad, and the next step builds a fresh graph from it.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
lr = 0.25
for step in range(3):
    loss = (w**2).sum()
    loss.backward()  # dloss/dw = 2w
    with torch.no_grad():
        w -= lr * w.grad  # w <- w - 0.25 * 2w = w / 2
    w.grad = None  # reset, or the next backward() adds to this gradient
    print(f"step {step}: loss = {loss.item():.4f}, w = {w.tolist()}")
print("w.is_leaf:", w.is_leaf, " w.requires_grad:", w.requires_grad)
