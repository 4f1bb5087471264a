# On a leaf that requires grad, a Function that calls mark_dirty is
# refused, as a built-in in-place op is, but only after forward has
# run: the leaf is already changed. Without mark_dirty, nothing is
# refused: the leaf's values change in silence.
import torch
from torch.autograd import Function


class ReluInplaceUnmarked(Function):
    @staticmethod
    def forward(x):
        return x.clamp_(min=0)  # modifies x in place

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output > 0)  # wrong: no mark_dirty

    @staticmethod
    def backward(ctx, grad_y):
        (mask,) = ctx.saved_tensors
        return grad_y * mask


class ReluInplace(ReluInplaceUnmarked):
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.mark_dirty(inputs[0])
        ctx.save_for_backward(output > 0)


w = torch.tensor([-1.0, 2.0], requires_grad=True)  # a leaf
ReluInplaceUnmarked.apply(w)
print("unmarked: w is now", w.tolist(), "| leaf:", w.is_leaf)
w = torch.tensor([-1.0, 2.0], requires_grad=True)
try:
    ReluInplace.apply(w)  # refused after forward has run
finally:
    print("marked:   w is now", w.tolist())
