# None is also accepted for an input that DOES require grad: autograd
# reads it as a zero gradient. A wrong needs_input_grad index thus
# leaves a weight without gradient, and nothing complains.
import torch
from torch.autograd import Function


class Mul(Function):
    @staticmethod
    def forward(x, w):
        return x * w

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    def backward(ctx, grad_y):
        x, w = ctx.saved_tensors
        grad_x = grad_w = None
        if ctx.needs_input_grad[0]:
            grad_x = grad_y * w
        if ctx.needs_input_grad[0]:  # wrong: should be [1], for w
            grad_w = grad_y * x
        return grad_x, grad_w


x = torch.tensor([1.0, 2.0])  # data
w = torch.tensor([3.0, 4.0], requires_grad=True)  # a weight
Mul.apply(x, w).sum().backward()
print("w.requires_grad:", w.requires_grad, "| w.grad:", w.grad)

# gradcheck compares with finite differences and sees the zeros
x64 = x.double()
w64 = w.detach().double().requires_grad_()
ok = torch.autograd.gradcheck(Mul.apply, (x64, w64), raise_exception=False)
print("gradcheck:", ok)
