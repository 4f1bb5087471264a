# A tensor computed inside forward has no graph, so a backward that
# uses it is wrong under double backward, silently. gradcheck passes;
# gradgradcheck catches it. Recomputing from the saved input fixes it.
import torch
from torch.autograd import Function
from torch.autograd.gradcheck import GradcheckError


class Softplus(Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)  # an intermediate: made with autograd off
        ctx.save_for_backward(s)
        return torch.nn.functional.softplus(x)

    @staticmethod
    def backward(ctx, grad_y):
        (s,) = ctx.saved_tensors
        return grad_y * s  # s does not depend on x for autograd


class SoftplusFixed(Function):
    @staticmethod
    def forward(x):
        return torch.nn.functional.softplus(x)

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])  # save the input

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * torch.sigmoid(x)  # recorded under create_graph


torch.manual_seed(0)  # gradgradcheck draws random grad_outputs
x = torch.tensor([-1.0, 0.0, 2.0], dtype=torch.float64, requires_grad=True)
for fn in (Softplus, SoftplusFixed):
    print(fn.__name__)
    print("  gradcheck:", torch.autograd.gradcheck(fn.apply, (x,)))
    try:
        ok = torch.autograd.gradgradcheck(fn.apply, (x,))
        print("  gradgradcheck:", ok)
    except GradcheckError as e:
        print("  gradgradcheck raised GradcheckError:")
        print("   ", str(e).splitlines()[0])  # the first line only
