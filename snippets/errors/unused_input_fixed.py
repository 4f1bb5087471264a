# Fix: if "not used" is expected, say so. allow_unused=True returns None for z;
# materialize_grads=True returns zeros instead (the true gradient).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.tensor([3.0, 4.0], requires_grad=True)

gx, gz = torch.autograd.grad((x**2).sum(), [x, z], allow_unused=True)
print("allow_unused:", gx.tolist(), gz)
gx, gz = torch.autograd.grad((x**2).sum(), [x, z], materialize_grads=True)
print("materialize_grads:", gx.tolist(), gz.tolist())
