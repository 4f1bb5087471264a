# An in-place custom op must call ctx.mark_dirty on the tensor it
# modifies. Without it, the modified tensor keeps its old grad_fn and
# a later use of it gets the gradient of values it no longer holds.
import torch
from torch.autograd import Function


class ReluInplace(Function):
    @staticmethod
    def forward(x):
        return x.clamp_(min=0)  # modifies x, returns x itself

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.mark_dirty(inputs[0])
        ctx.save_for_backward(output > 0)  # a new bool mask tensor

    @staticmethod
    def backward(ctx, grad_y):
        (mask,) = ctx.saved_tensors
        return grad_y * mask


class ReluInplaceUnmarked(ReluInplace):
    @staticmethod
    def setup_context(ctx, inputs, output):
        # wrong: no mark_dirty
        ctx.save_for_backward(output > 0)


for fn in (ReluInplace, ReluInplaceUnmarked):
    x = torch.tensor([-1.0, 2.0, -3.0, 4.0], requires_grad=True)
    h = x * 1  # a non-leaf: in place on a leaf is refused
    y = fn.apply(h)
    print(fn.__name__)
    print("  y is h:", y is h, "| h.grad_fn:", type(h.grad_fn).__name__)
    (h * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
    print("  x.grad:", x.grad.tolist())
