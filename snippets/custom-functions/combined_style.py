# The older, combined style: forward takes ctx first and sets it up
# itself. It still works; backward is written exactly the same way.
import torch
from torch.autograd import Function


class ScaledMulCombined(Function):
    @staticmethod
    def forward(ctx, x, w, alpha):
        ctx.save_for_backward(x, w)
        ctx.alpha = alpha
        return alpha * x * w

    @staticmethod
    def backward(ctx, grad_y):
        x, w = ctx.saved_tensors
        return grad_y * ctx.alpha * w, grad_y * ctx.alpha * x, None


x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
y = ScaledMulCombined.apply(x, w, 0.5)
(y * torch.tensor([1.0, 10.0])).sum().backward()
print("x.grad:", x.grad.tolist(), " w.grad:", w.grad.tolist())
print("y.grad_fn:", type(y.grad_fn).__name__)
