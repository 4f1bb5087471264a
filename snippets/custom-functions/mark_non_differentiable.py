# Outputs that have no gradient: integer outputs are excluded by
# themselves; a float output needs ctx.mark_non_differentiable.
import torch
from torch.autograd import Function


class ReluWithMask(Function):
    """Returns relu(x), the float mask of active units, and their count."""

    @staticmethod
    def forward(x):
        mask = (x > 0).to(x.dtype)
        return x.clamp(min=0), mask, mask.sum().long()

    @staticmethod
    def setup_context(ctx, inputs, output):
        y, mask, count = output
        ctx.mark_non_differentiable(mask)
        ctx.save_for_backward(mask)

    @staticmethod
    def backward(ctx, grad_y, grad_mask, grad_count):
        # one argument per output, the non-differentiable ones too
        print("  backward got grad_mask:", grad_mask.tolist(),
              "grad_count:", grad_count.tolist())
        (mask,) = ctx.saved_tensors
        return grad_y * mask


class ReluWithMaskUnmarked(ReluWithMask):
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output[1])  # no mark


x = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)
for fn in (ReluWithMask, ReluWithMaskUnmarked):
    y, mask, count = fn.apply(x)
    print(fn.__name__)
    print("  requires_grad: y", y.requires_grad, "| mask",
          mask.requires_grad, "| count", count.requires_grad)
    # the loss uses the mask too, e.g. to weight the active units
    (y * mask).sum().backward()
