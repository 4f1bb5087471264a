# Forward-mode transforms (jvp, jacfwd) need more than setup_context
# and a vmap rule: a jvp staticmethod, the forward-mode derivative.
import torch
from torch.autograd import Function
from torch.func import jvp


class Cube(Function):
    generate_vmap_rule = True

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


x = torch.tensor([1.0, 2.0, 3.0])
jvp(Cube.apply, (x,), (torch.ones(3),))
