# Only Function.apply puts your node in the graph. Calling forward
# directly runs it as plain code: autograd records the ops inside it
# (with their own derivatives), and your backward never runs.
import torch
from torch.autograd import Function


class RoundSTE(Function):
    """round() with a straight-through gradient: dL/dx = dL/dy."""

    @staticmethod
    def forward(x):
        return torch.round(x)

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass

    @staticmethod
    def backward(ctx, grad_y):
        return grad_y  # pretend round() were the identity


x = torch.tensor([0.2, 1.7, -0.6], requires_grad=True)

y = RoundSTE.apply(x)
y.sum().backward()
print("apply:   grad_fn", type(y.grad_fn).__name__, "| x.grad",
      x.grad.tolist())

x.grad = None
y = RoundSTE.forward(x)  # wrong: bypasses autograd.Function
y.sum().backward()
print("forward: grad_fn", type(y.grad_fn).__name__, "| x.grad",
      x.grad.tolist())
