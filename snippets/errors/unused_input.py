# torch.autograd.grad() is asked for the gradient with respect to z,
# but the output was computed without z: there is no path from it to z.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = torch.tensor([3.0, 4.0], requires_grad=True)
out = (x**2).sum()  # z is not used
torch.autograd.grad(out, [x, z])  # index 0 is x, index 1 is z
