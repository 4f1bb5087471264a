# Hooks and a compiled function. A hook registered inside it, on a
# tensor it computes, is traced at the first call like the rest of
# its code; hooks on its inputs and outputs run in backward.
import torch

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)
scale = 2.0


def rescale(g):  # the hook: scales the gradient flowing through h
    return g * scale


def f(x):
    h = (x @ w).sin()
    h.register_hook(rescale)
    return h.cos().sum()


def eager_grad(s):  # w's gradient in eager mode, with scale = s
    global scale
    scale = s
    return torch.autograd.grad(f(x), w)[0]


grad_2, grad_3 = eager_grad(2.0), eager_grad(3.0)
scale = 2.0
compiled = torch.compile(f, backend="aot_eager")

fired = []
w.register_hook(lambda g: fired.append("w"))  # on a leaf
out = compiled(x)
out.register_hook(lambda g: fired.append("out"))  # on the output
scale = 3.0  # changed after the forward pass, before backward
out.backward()
print("hooks fired:", fired)
print("out.grad_fn:", out.grad_fn.name())
print("  its next functions:",
      [type(fn).__name__ for fn, _ in out.grad_fn.next_functions if fn])
print("grad with scale 2:", torch.equal(w.grad, grad_2))
print("grad with scale 3:", torch.equal(w.grad, grad_3))

w.grad = None
compiled(x).backward()  # a new call: scale is 3 when it starts
print("next call, scale 3:", torch.equal(w.grad, grad_3))
