# The same Function with the tensor kept as a plain attribute of ctx:
# no version check, and backward silently uses the new values.
import torch
from torch.autograd import Function


class MulAttr(Function):
    @staticmethod
    def forward(x, w):
        return x * w

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.x = inputs[0]  # wrong: a tensor as a plain attribute

    @staticmethod
    def backward(ctx, grad_y):
        return None, grad_y * ctx.x


w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
batch = torch.tensor([1.0, 1.0, 1.0])
y = MulAttr.apply(batch, w)
print("y:", y.tolist(), "(computed with batch = [1, 1, 1])")
batch.copy_(torch.tensor([5.0, 6.0, 7.0]))  # reused for the next batch
y.sum().backward()
print("w.grad:", w.grad.tolist())
print("correct w.grad: the old batch, [1.0, 1.0, 1.0]")
