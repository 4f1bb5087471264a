# allow_unused=True returns None for an unused input; materialize_grads=True
# returns zeros of the input's shape instead (and implies allow_unused=True).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.tensor([3.0, 4.0], requires_grad=True)

y = (x**2).sum()
dx, dz = torch.autograd.grad(y, [x, z], allow_unused=True)
print("allow_unused=True:      dx =", dx.tolist(), " dz =", dz)

y = (x**2).sum()
dx, dz = torch.autograd.grad(y, [x, z], materialize_grads=True)
print("materialize_grads=True: dx =", dx.tolist(), " dz =", dz.tolist())

y = (x**2).sum()
y.backward(inputs=[x, z])  # backward() does not check: z.grad just stays None
print("backward(inputs=[x, z]): x.grad =", x.grad.tolist(), " z.grad =", z.grad)
