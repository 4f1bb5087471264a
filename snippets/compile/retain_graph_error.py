# backward() a second time through a compiled function, after a
# plain first backward(): without retain_graph, with create_graph,
# with retain_graph.
import torch

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)


@torch.compile(backend="aot_eager")
def f(x):
    return (x @ w).sin().cos().sum()


out = f(x)
out.backward()  # the first backward() of this compiled function
try:
    out.backward()
except RuntimeError as err:
    print("again:", str(err).split(" (")[0])
try:
    torch.autograd.grad(f(x), w, create_graph=True)
except RuntimeError as err:
    print("create_graph=True:")
    print(" ", str(err).split(" which")[0])

out = f(x)
out.backward(retain_graph=True)
