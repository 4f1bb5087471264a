# Two hooks on a leaf, across two backward() calls:
#   register_hook                      sees the INCOMING gradient, before it is added;
#   register_post_accumulate_grad_hook runs AFTER .grad has been updated.
import torch

w = torch.tensor(1.0, requires_grad=True)


def show(grad):
    return "None" if grad is None else grad.item()


w.register_hook(lambda g: print(f"  register_hook: incoming {g.item()}, w.grad still {show(w.grad)}"))
w.register_post_accumulate_grad_hook(lambda p: print(f"  post_accumulate_grad_hook: w.grad = {show(p.grad)}"))

print("backward of 3w:")
(3 * w).backward()  # d/dw = 3
print("backward of 5w + w*w:")
(5 * w + w * w).backward()  # w is used twice: 5 + 2w = 7 arrives as ONE gradient
print("final w.grad:", w.grad.item())
