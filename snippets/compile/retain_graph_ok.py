# Three compiled functions whose backward() runs twice: one whose
# first backward() retains the graph, one with nothing to donate,
# one compiled with donated buffers turned off.
import torch

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)


def nonlinear(x):  # saves h = x @ w, an intermediate
    return (x @ w).sin().cos().sum()


def linear(x):  # saves only x, an input
    return (x @ w).sum()


def backward_twice(f):  # the second backward() adds the same again
    w.grad = None
    out = f(x)
    out.backward(retain_graph=True)
    once = w.grad.clone()
    out.backward()
    return torch.equal(w.grad, 2 * once)


f = torch.compile(nonlinear, backend="aot_eager")
print("first backward() retains:", backward_twice(f))
print("  and again:", backward_twice(f))

g = torch.compile(linear, backend="aot_eager")
g(x).backward()  # a plain first backward()
print("nothing donated:", backward_twice(g))

torch.compiler.reset()  # so that nonlinear is compiled anew
with torch._functorch.config.patch(donated_buffer=False):
    h = torch.compile(nonlinear, backend="aot_eager")
    h(x).backward()
    print("donated_buffer=False:", backward_twice(h))
