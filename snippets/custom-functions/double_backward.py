# A backward written with differentiable torch ops on saved INPUTS
# (or OUTPUTS) is itself recorded under create_graph=True: the
# Function supports double backward with no extra code.
import torch
from torch.autograd import Function


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
        return grad_y * 3 * x**2  # ordinary ops: autograd records them


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Cube.apply(x)
(d1,) = torch.autograd.grad(y.sum(), x, create_graph=True)
print("d/dx x^3   = 3x^2:", d1.tolist(), "| grad_fn:",
      type(d1.grad_fn).__name__)
(d2,) = torch.autograd.grad(d1.sum(), x)
print("d2/dx2 x^3 = 6x:  ", d2.tolist())


class Exp(Function):
    @staticmethod
    def forward(x):
        return x.exp()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)  # a saved OUTPUT

    @staticmethod
    def backward(ctx, grad_y):
        (out,) = ctx.saved_tensors  # its grad_fn is this node
        return grad_y * out


torch.manual_seed(0)  # gradgradcheck draws random grad_outputs
x64 = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
print("saved output, gradgradcheck:",
      torch.autograd.gradgradcheck(Exp.apply, (x64,)))
