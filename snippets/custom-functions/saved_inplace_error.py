# save_for_backward records the version of each saved tensor. If the
# tensor is modified in place before backward, backward refuses.
import torch
from torch.autograd import Function


class Mul(Function):
    @staticmethod
    def forward(x, w):
        return x * w

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, w = inputs
        ctx.save_for_backward(x)  # dL/dw needs x

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors  # checks x's version first
        return None, grad_y * x


w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
batch = torch.tensor([1.0, 1.0, 1.0])  # an input buffer
y = Mul.apply(batch, w)
print("batch version at save:", batch._version)
batch.copy_(torch.tensor([5.0, 6.0, 7.0]))  # reused for the next batch
print("batch version now:", batch._version)
y.sum().backward()
