# The combined style, forward(ctx, ...), does not work under torch.func
# transforms at all: they need a separate setup_context.
import torch
from torch.autograd import Function
from torch.func import grad


class CubeCombined(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * 3 * x**2


x = torch.tensor([1.0, 2.0, 3.0])
grad(lambda t: CubeCombined.apply(t).sum())(x)
