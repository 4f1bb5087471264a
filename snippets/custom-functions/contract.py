# A custom Function in the modern style: forward computes, setup_context
# stores what backward needs, backward returns one gradient per input.
import torch
from torch.autograd import Function


class ScaledMul(Function):
    """y = alpha * x * w, with a hand-written backward."""

    @staticmethod
    def forward(x, w, alpha):
        # apply() runs forward with autograd off: nothing is recorded
        print("forward: grad mode on?", torch.is_grad_enabled())
        return alpha * x * w

    @staticmethod
    def setup_context(ctx, inputs, output):
        # called once, right after forward, with its inputs and output
        x, w, alpha = inputs
        ctx.save_for_backward(x, w)  # tensors: save_for_backward
        ctx.alpha = alpha  # a Python number: a plain attribute
        print("setup_context: output =", output.tolist())

    @staticmethod
    def backward(ctx, grad_y):
        # grad_y is dL/dy; return dL/dx, dL/dw and None for alpha
        print("backward: grad_y =", grad_y.tolist())
        x, w = ctx.saved_tensors
        return grad_y * ctx.alpha * w, grad_y * ctx.alpha * x, None


x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
y = ScaledMul.apply(x, w, 0.5)
print("y.grad_fn:", type(y.grad_fn).__name__)
loss = (y * torch.tensor([1.0, 10.0])).sum()
loss.backward()
print("x.grad:", x.grad.tolist(), " w.grad:", w.grad.tolist())

# The same formula with built-in ops, differentiated by autograd
y_builtin = 0.5 * x * w
loss_builtin = (y_builtin * torch.tensor([1.0, 10.0])).sum()
gx, gw = torch.autograd.grad(loss_builtin, (x, w), retain_graph=True)
print("same as built-in:", torch.equal(gx, x.grad), torch.equal(gw, w.grad))
# graph: loss, loss_builtin
