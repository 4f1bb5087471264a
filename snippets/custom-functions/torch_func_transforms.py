# torch.func transforms work on a Function written with setup_context.
# vmap also needs a batching rule: generate_vmap_rule = True (or a
# vmap staticmethod); without it, vmap raises.
import torch
from torch.autograd import Function
from torch.func import grad, vmap


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


class CubeBatched(Cube):
    generate_vmap_rule = True  # vmap runs forward/backward per batch


x = torch.tensor([1.0, 2.0, 3.0])
print("grad of sum:", grad(lambda t: Cube.apply(t).sum())(x).tolist())
print("vmap(grad):", vmap(grad(CubeBatched.apply))(x).tolist())
vmap(Cube.apply)(x)
