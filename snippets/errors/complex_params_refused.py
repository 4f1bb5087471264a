# Three built-in optimizers, and the fused kernels, refuse a complex
# parameter. SparseAdam refuses it when it is built; fused Adam and
# Adafactor accept it then, and refuse it at the first step().
import torch

z = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
(z.abs() ** 2).sum().backward()  # a real loss: z.grad is 2z
print("z.grad:", z.grad.tolist())

try:
    torch.optim.SparseAdam([z])
except ValueError as e:  # refused when built
    print(f"{type(e).__name__}: {e}")

opt = torch.optim.Adam([z], lr=0.1, fused=True)  # built: no error
try:
    opt.step()
except RuntimeError as e:  # refused at the first step
    print(f"{type(e).__name__}: {e}")

opt = torch.optim.Adafactor([z], lr=0.1)  # built: no error
opt.step()  # refused at the first step
