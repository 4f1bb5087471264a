# When forward leaves torch (NumPy, .detach(), integer ops), calling
# it directly records no graph at all: the result has no grad_fn.
import torch
from torch.autograd import Function


class NumpyDouble(Function):
    @staticmethod
    def forward(x):
        return torch.from_numpy(x.detach().numpy() * 2)

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass

    @staticmethod
    def backward(ctx, grad_y):
        return grad_y * 2


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = NumpyDouble.apply(x)
print("apply:   requires_grad", y.requires_grad, "| grad_fn",
      type(y.grad_fn).__name__)
y = NumpyDouble.forward(x)  # wrong
print("forward: requires_grad", y.requires_grad, "| grad_fn", y.grad_fn)
y.sum().backward()
