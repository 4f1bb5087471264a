# A gradient penalty differentiates a gradient. Through a compiled
# function, create_graph=True gives a gradient with a grad_fn, but
# differentiating that gradient fails.
import torch

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3, requires_grad=True)


@torch.compile(backend="aot_eager")
def f(x):
    return (x @ w).sin().cos().sum()


(gx,) = torch.autograd.grad(f(x), x, create_graph=True)
print("gx.requires_grad:", gx.requires_grad)
print("gx.grad_fn:", gx.grad_fn.name())
penalty = gx.pow(2).sum()
penalty.backward()  # the second differentiation
