# For a real loss L of a complex leaf z = x + iy, PyTorch stores
# z.grad = dL/dx + i*dL/dy. Proof on L = |z|^2 = x^2 + y^2 at
# z = 1+2j, where dL/dx = 2x = 2 and dL/dy = 2y = 4.
import torch

z = torch.tensor(1 + 2j, requires_grad=True)  # complex64 leaf
loss = z.abs() ** 2  # a real float32 scalar
print("loss:", loss.item(), loss.dtype)
loss.backward()
print("z.grad:", z.grad.item())

x, y = 1.0, 2.0
dL_dx, dL_dy = 2 * x, 2 * y  # by hand
by_hand = complex(dL_dx, dL_dy)
print("z.grad == dL/dx + i*dL/dy:", z.grad.item() == by_hand)
# The conjugate Wirtinger derivative, textbook definition:
# dL/d(conj z) = (dL/dx + i*dL/dy) / 2, here equal to z itself.
wirtinger = 0.5 * complex(dL_dx, dL_dy)
print("dL/d(conj z):", wirtinger)
print("z.grad == 2 * dL/d(conj z):", z.grad.item() == 2 * wirtinger)

# One gradient descent step with lr = 0.1 lowers the loss ...
lr = 0.1
with torch.no_grad():
    down = z - lr * z.grad
    up = z - lr * z.grad.conj()  # stepping along the conjugate
print(f"|z|^2 after z - lr*z.grad:       {(down.abs()**2).item():.4f}")
# ... while the conjugate direction raises it.
print(f"|z|^2 after z - lr*conj(z.grad): {(up.abs()**2).item():.4f}")

# torch.optim works out of the box: SGD takes the same step.
opt = torch.optim.SGD([z], lr=lr)
opt.step()
print("SGD step == z - lr*z.grad:", torch.equal(z.detach(), down))
