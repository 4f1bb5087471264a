# @once_differentiable runs backward with autograd off. The gradient
# it returns cannot be differentiated again: a second backward
# through it raises, instead of returning a wrong number.
import torch
from torch.autograd import Function
from torch.autograd.function import once_differentiable


class Cube(Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    @once_differentiable
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * 3 * x**2


x = torch.tensor([1.0, 2.0], requires_grad=True)
(g0,) = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
print("from y.sum(): requires_grad", g0.requires_grad)
# added to a term that has a graph: no error, a term missing
penalty = (g0**2).sum() + (x**2).sum()
(d,) = torch.autograd.grad(penalty, x)
print("penalty grad:", d.tolist(), "| correct: [38.0, 292.0]")

y = Cube.apply(x)
loss = (y**2).sum()  # its gradient w.r.t. y depends on x
(g,) = torch.autograd.grad(loss, x, create_graph=True)
print("first derivative:", g.tolist(), "| grad_fn:",
      type(g.grad_fn).__name__)
g.sum().backward()  # e.g. a gradient penalty
