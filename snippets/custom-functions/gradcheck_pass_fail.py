# gradcheck compares the Jacobian your backward computes with one from
# finite differences. In float64 a correct backward passes; a wrong
# one fails with both Jacobians in the message.
import torch
from torch.autograd import Function
from torch.autograd.gradcheck import GradcheckError


class Cube(Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * 3 * x**2


class CubeWrong(Cube):
    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * 3 * x  # wrong: forgot the square


x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
print("Cube passes:", torch.autograd.gradcheck(Cube.apply, (x,)))
try:
    torch.autograd.gradcheck(CubeWrong.apply, (x,))
except GradcheckError as e:  # a subclass of RuntimeError
    print("GradcheckError:", str(e).strip())
