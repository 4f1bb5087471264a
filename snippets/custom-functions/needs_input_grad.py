# ctx.needs_input_grad says, per forward input, whether a gradient is
# wanted. Backward can skip the work for the others and return None.
import torch
from torch.autograd import Function

products = []  # which matrix products backward computed


class Linear(Function):
    @staticmethod
    def forward(x, w, scale):
        return scale * (x @ w.T)

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, w, scale = inputs
        ctx.save_for_backward(x, w)
        ctx.scale = scale

    @staticmethod
    def backward(ctx, grad_y):
        x, w = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        grad_x = grad_w = None
        if ctx.needs_input_grad[0]:
            grad_x = ctx.scale * grad_y @ w
            products.append("grad_x")
        if ctx.needs_input_grad[1]:
            grad_w = ctx.scale * grad_y.T @ x
            products.append("grad_w")
        return grad_x, grad_w, None  # None for the float scale


torch.manual_seed(0)
w = torch.randn(3, 4, requires_grad=True)  # a weight
x = torch.randn(2, 4)  # a data batch: no gradient wanted
Linear.apply(x, w, 2.0).sum().backward()
print("computed:", products)

products.clear()
x.requires_grad_()  # now ask for the input's gradient too
Linear.apply(x, w, 2.0).sum().backward()
print("computed:", products)
print("x.grad shape:", tuple(x.grad.shape))

products.clear()
# ask for w's gradient only: the flags were set when apply ran,
# from requires_grad, so grad_x is computed all the same
torch.autograd.grad(Linear.apply(x, w, 2.0).sum(), w)
print("computed:", products)
