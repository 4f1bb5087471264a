# A non-tensor input (here a Python float) must get None. Returning
# a tensor in its place is an error, even a zero one.
import torch
from torch.autograd import Function


class Scale(Function):
    @staticmethod
    def forward(x, alpha):
        return alpha * x

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.alpha = inputs[1]

    @staticmethod
    def backward(ctx, grad_y):
        # wrong: alpha is a float, its slot must be None
        return grad_y * ctx.alpha, torch.zeros(())


x = torch.tensor([1.0, 2.0], requires_grad=True)
Scale.apply(x, 3.0).sum().backward()
