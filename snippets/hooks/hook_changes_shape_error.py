# A replacement gradient must have the shape of the tensor: autograd
# checks what a hook returns.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)


def widen(grad):
    return torch.ones(3)  # three values for a two-element tensor


x.register_hook(widen)
(x * x).sum().backward()
