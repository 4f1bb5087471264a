# Each gradient must have its input's shape, or a shape the input
# broadcasts to: that one is summed down, without a word. Its dtype
# is not checked either: it is cast to the input's dtype.
import torch
from torch.autograd import Function


class Total(Function):
    @staticmethod
    def forward(x):
        return x.sum()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.shape = inputs[0].shape  # a torch.Size: not a tensor

    @staticmethod
    def backward(ctx, grad_y):
        # wrong: grad_y is a scalar, x has 3 elements
        return grad_y


class TotalTooBig(Total):
    @staticmethod
    def backward(ctx, grad_y):
        # a [2, 3] gradient for a [3] input: summed over dim 0
        return grad_y.expand(2, *ctx.shape)


class TotalF64(Total):
    @staticmethod
    def backward(ctx, grad_y):
        # a float64 gradient (say, from NumPy) for a float32 input
        return grad_y.expand(ctx.shape).double()


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
TotalTooBig.apply(x).backward()
print("a [2, 3] gradient was summed to:", x.grad.tolist())
x.grad = None
TotalF64.apply(x).backward()
print("a float64 gradient became:", x.grad.dtype)
Total.apply(x).backward()
