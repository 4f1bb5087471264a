# In float32 the finite differences are too coarse: gradcheck warns,
# then fails on a backward that is CORRECT. Use float64 inputs.
import warnings

import torch
from torch.autograd import Function
from torch.autograd.gradcheck import GradcheckError


class Cube(Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_y):
        (x,) = ctx.saved_tensors
        return grad_y * 3 * x**2


x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)  # float32
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        torch.autograd.gradcheck(Cube.apply, (x,))
        failure = None
    except GradcheckError as e:
        # the rest of the message is float32 noise: first line only
        failure = str(e).splitlines()[0]
for w in caught:
    print(f"{w.category.__name__}: {str(w.message).strip()}")
print("GradcheckError:", failure)

# why: float32 numbers near 2 are 2.4e-7 apart, so x + 1e-6 is rounded
two = torch.tensor(2.0)
print(f"(2 + 1e-6) - 2 in float32: {((two + 1e-6) - two).item():.4e}")
