# With several outputs, backward gets a gradient for each. For an
# output the loss does not use, that is a tensor of zeros by default,
# and None after ctx.set_materialize_grads(False).
import torch
from torch.autograd import Function


class SinCos(Function):
    @staticmethod
    def forward(x):
        return x.sin(), x.cos()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_sin, grad_cos):
        print("  grad_sin:", grad_sin, "| grad_cos:", grad_cos)
        (x,) = ctx.saved_tensors
        return grad_sin * x.cos() - grad_cos * x.sin()


class SinCosLazy(SinCos):
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.set_materialize_grads(False)
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_sin, grad_cos):
        print("  grad_sin:", grad_sin, "| grad_cos:", grad_cos)
        (x,) = ctx.saved_tensors
        grad_x = None  # no zeros allocated here either
        if grad_sin is not None:  # skip the work for an unused output
            grad_x = grad_sin * x.cos()
        if grad_cos is not None:
            term = -grad_cos * x.sin()
            grad_x = term if grad_x is None else grad_x + term
        return grad_x


x = torch.zeros(2, requires_grad=True)
for fn in (SinCos, SinCosLazy):
    print(fn.__name__)
    s, c = fn.apply(x)
    s.sum().backward()  # only the sine output is used
    print("  x.grad:", x.grad.tolist())
    x.grad = None
