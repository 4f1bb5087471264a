# backward must return as many values as forward has arguments,
# defaults included in the separate style (the combined style counts
# only the arguments passed to apply). Extra trailing Nones are
# tolerated; too few values are an error.
import torch
from torch.autograd import Function


class Scale(Function):
    @staticmethod
    def forward(x, alpha=3.0):  # alpha added later, with a default
        return alpha * x

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.alpha = inputs[1]

    @staticmethod
    def backward(ctx, grad_y):
        # wrong: one value for two inputs (x, alpha)
        return grad_y * ctx.alpha


class ScaleExtraNone(Scale):
    @staticmethod
    def backward(ctx, grad_y):
        return grad_y * ctx.alpha, None, None  # one None too many


class ScaleCombined(Function):
    @staticmethod
    def forward(ctx, x, alpha=3.0):  # combined style, same default
        ctx.alpha = alpha
        return alpha * x

    @staticmethod
    def backward(ctx, grad_y):
        return grad_y * ctx.alpha  # one value, as in Scale


x = torch.tensor([1.0, 2.0], requires_grad=True)
ScaleExtraNone.apply(x, 3.0).sum().backward()
print("extra trailing None accepted, x.grad:", x.grad.tolist())
x.grad = None
ScaleCombined.apply(x).sum().backward()  # alpha left at its default
print("combined style, one value accepted, x.grad:", x.grad.tolist())
Scale.apply(x).sum().backward()  # alpha left at its default
